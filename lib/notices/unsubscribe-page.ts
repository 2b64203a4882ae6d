import crypto from "node:crypto";
import { createTranslator } from "use-intl/core";
import { escapeHtml } from "@/lib/html/escape";
import { bilingualOrder } from "@/lib/i18n/bilingual-order";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { UNSUBSCRIBE_PATH } from "./unsubscribe-link";

export type UnsubscribeView = { state: "confirm"; token: string } | { state: "done" } | { state: "invalid" };

const PAGE_CSS = `
*{box-sizing:border-box}
body{margin:0;padding:16px;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;background:#f1f5f9}
main{max-width:36rem;margin:0 auto;padding:20px;background:#fff;border-radius:8px}
h1,h2{margin:0 0 12px;font-size:1.35rem;line-height:1.3}
section+section{margin-top:24px;padding-top:16px;border-top:1px solid #cbd5e1}
p{margin:0 0 12px}
button{font:inherit;font-weight:700;padding:12px 20px;border:0;border-radius:6px;background:#173f84;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #0f172a;outline-offset:2px}
`.trim();

/**
 * The page's own policy: its one inline stylesheet, forms posting only
 * back here, no script, no frame, nothing else loaded.
 */
export const UNSUBSCRIBE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${crypto.createHash("sha256").update(PAGE_CSS).digest("base64")}'`,
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

function section(view: UnsubscribeView, locale: Locale, heading: "h1" | "h2"): string {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Unsubscribe" });
  const [title, text] =
    view.state === "confirm"
      ? [t("confirmHeading"), t("confirmText")]
      : view.state === "done"
        ? [t("doneHeading"), t("doneText")]
        : [t("invalidHeading"), t("invalidText")];
  // The key is checked to be URL-safe characters before it gets here; escaped all the same.
  const form =
    view.state === "confirm"
      ? `<form method="post" action="${escapeHtml(`${UNSUBSCRIBE_PATH}?t=${view.token}`)}"><button type="submit">${escapeHtml(t("button"))}</button></form>`
      : "";
  return `<section lang="${locale}"><${heading}>${escapeHtml(title)}</${heading}><p>${escapeHtml(text)}</p>${form}</section>`;
}

/**
 * The unsubscribe page, written by hand like the widget (a route handler
 * cannot render React to HTML): both languages, the contact's first, each
 * complete with its own button, so it works without JavaScript and reads
 * right to someone who reads only one of them.
 */
export function unsubscribePage(view: UnsubscribeView, firstLocale: string): string {
  const [first, second] = bilingualOrder(isLocale(firstLocale) ? firstLocale : "es") as [Locale, Locale];
  const title = [first, second]
    .map((locale) => createTranslator({ locale, messages: messagesFor(locale), namespace: "Unsubscribe" })("title"))
    .join(" / ");
  return [
    "<!DOCTYPE html>",
    `<html lang="${first}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">`,
    `<title>${escapeHtml(title)}</title><style>${PAGE_CSS}</style></head>`,
    `<body><main>${section(view, first, "h1")}${section(view, second, "h2")}</main></body></html>`,
  ].join("");
}
