import nodemailer from "nodemailer";
import type { MailAddress } from "@/lib/env";

/** A rendered message on its way to one recipient. */
export type OutgoingEmail = {
  from: MailAddress;
  to: { address: string; name: string | null };
  locale: string;
  subject: string;
  text: string;
  html: string;
  /** The one-click unsubscribe address of a message one may stop receiving (RFC 8058). */
  unsubscribeUrl?: string | null;
};

/** Where the sender job hands a message: the SMTP server of SMTP_URL (or a test's). */
export type MailServer = { send(email: OutgoingEmail): Promise<void> };

/**
 * Text for a header (a subject, a name) on one line: a line break, or any
 * other control or separator character, becomes a space, so no text typed
 * anywhere can end a header and start another (Bcc:, say). nodemailer folds
 * and encodes the rest.
 */
export function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * RFC 8058's one-click unsubscribe: the mail program POSTs
 * "List-Unsubscribe=One-Click" to the https address, and nothing else is
 * asked of the recipient. An address that is not one plain https URL
 * (it is the app's own, but a header is no place to trust that) adds none.
 */
export function unsubscribeHeaders(url: string | null | undefined): Record<string, string> {
  if (!url || url !== oneLine(url) || /[\s<>]/.test(url)) return {};
  try {
    if (new URL(url).protocol !== "https:" && !LOOPBACK.test(new URL(url).hostname)) return {};
  } catch {
    return {};
  }
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1)$/;

/**
 * Sends through the mail server SMTP_URL names (smtp:// with STARTTLS,
 * smtps:// with TLS from the start). A server on another machine must offer
 * STARTTLS: a reset link never crosses a network in clear (a relay on this
 * machine may do without). Timeouts keep one send well under the sender's
 * lease (lib/email/sender.ts); files and URLs are never read into a message.
 */
export function smtpMailServer(url: string): MailServer {
  const host = new URL(url).hostname;
  const transport = nodemailer.createTransport({
    url,
    requireTLS: !LOOPBACK.test(host),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(email) {
      await transport.sendMail({
        from: { name: oneLine(email.from.name ?? ""), address: email.from.address },
        to: { name: oneLine(email.to.name ?? ""), address: email.to.address },
        subject: oneLine(email.subject),
        text: email.text,
        html: email.html,
        headers: {
          "Content-Language": email.locale,
          // RFC 3834: an automatic message, so out-of-office replies stay away.
          "Auto-Submitted": "auto-generated",
          ...unsubscribeHeaders(email.unsubscribeUrl),
        },
      });
    },
  };
}

export type DeliveryFailure = {
  /** A 4xx answer or no answer at all (the server down, a timeout): try again later. A 5xx: never. */
  retry: boolean;
  /** For admins: the server's own answer, or what went wrong on the way. */
  reason: string;
  /** For the log, which never carries the answer itself (it may name the address): "550", "ECONNECTION"… */
  code: string;
};

/** What a failed send means (nodemailer's errors carry the SMTP reply's code when there was one). */
export function deliveryFailure(error: unknown): DeliveryFailure {
  const details = (error ?? {}) as { responseCode?: unknown; response?: unknown; code?: unknown; message?: unknown };
  const responseCode = typeof details.responseCode === "number" ? details.responseCode : null;
  const said =
    typeof details.response === "string"
      ? details.response
      : typeof details.message === "string"
        ? details.message
        : String(error);
  const code =
    responseCode !== null ? String(responseCode) : typeof details.code === "string" ? details.code : "UNKNOWN";
  const reason = oneLine(
    responseCode !== null && !said.startsWith(String(responseCode)) ? `${responseCode} ${said}` : said,
  ).slice(0, 900);
  return { retry: responseCode === null || responseCode < 500, reason, code };
}
