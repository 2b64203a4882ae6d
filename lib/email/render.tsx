import { renderToStaticMarkup } from "react-dom/server";
import { EmailDocument } from "@/components/email/email-document";
import { isLocale } from "@/lib/i18n/locales";
import { emailText, type EmailContent } from "./content";
import { emailKind } from "./kinds";

export type RenderedEmail = { subject: string; text: string; html: string };

/** A stored message that cannot be written: an unknown kind or language, or parameters its kind refuses. */
export class UnrenderableEmailError extends Error {}

/** The content of a stored message, from its kind and parameters. */
export function composeEmail(kind: string, locale: string, params: unknown): EmailContent {
  const definition = emailKind(kind);
  if (!definition) throw new UnrenderableEmailError(`Unknown kind of message "${kind}".`);
  if (!isLocale(locale)) throw new UnrenderableEmailError(`Unknown language "${locale}".`);
  const parsed = definition.params.safeParse(params);
  if (!parsed.success) throw new UnrenderableEmailError(`Its parameters do not fit the kind "${kind}".`);
  return definition.compose(parsed.data, locale);
}

/**
 * A stored message as its subject, plain text and HTML. Called only by the
 * sender job (lib/email/sender.ts, started from instrumentation.ts):
 * react-dom/server refuses to run under the `react-server` condition that
 * Next.js gives server actions, pages and route handlers, so a message is
 * never rendered there (they queue data; lib/email/outbox.ts).
 */
export function renderEmail(message: { kind: string; locale: string; params: unknown }): RenderedEmail {
  const content = composeEmail(message.kind, message.locale, message.params);
  const locale = isLocale(message.locale) ? message.locale : "es";
  const html = `<!DOCTYPE html>${renderToStaticMarkup(<EmailDocument content={content} locale={locale} />)}`;
  return { subject: content.subject, text: emailText(content), html };
}
