import crypto from "node:crypto";
import { escapeHtml } from "@/lib/html/escape";
import type { Locale } from "@/lib/i18n/locales";

export type WidgetItem = {
  title: string;
  url: string;
  startsAt: Date;
  /** "jueves 28 de enero · 6:00 – 7:30 p. m. (hora del centro)" */
  when: string;
  /** Where, when the widget lists more than one venue. */
  place: string | null;
  cancelled: boolean;
  /** "Cancelada: aviso de los organizadores…", only for a session that is not as scheduled. */
  statusLine: string | null;
};

export type WidgetContent = {
  locale: Locale;
  heading: string;
  items: WidgetItem[];
  emptyText: string;
  opensInNewTab: string;
  seeAll: { label: string; url: string };
};

// Small enough to inline, so the frame makes one request and runs no script.
const WIDGET_CSS = `
*{box-sizing:border-box}
body{margin:0;padding:12px;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;background:#fff}
h1{margin:0 0 8px;font-size:1.15rem;line-height:1.3}
ul{list-style:none;margin:0;padding:0}
li{padding:10px 0;border-top:1px solid #cbd5e1}
a{color:#173f84;font-weight:700}
a:focus-visible{outline:3px solid #173f84;outline-offset:2px}
p{margin:2px 0 0}
.cancelled a{text-decoration:line-through}
.status{color:#9f1239;font-weight:700}
.more{margin-top:10px;padding-top:10px;border-top:1px solid #cbd5e1}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
`.trim();

/**
 * The widget's own policy: nothing but its inline stylesheet loads, no
 * script runs, and any site may frame it (the rest of the site may not).
 */
export const WIDGET_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${crypto.createHash("sha256").update(WIDGET_CSS).digest("base64")}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");

function newTabLink(url: string, text: string, opensInNewTab: string): string {
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(text)}<span class="sr-only"> ${escapeHtml(opensInNewTab)}</span></a>`;
}

function renderItem(item: WidgetItem, opensInNewTab: string): string {
  return [
    `<li${item.cancelled ? ' class="cancelled"' : ""}>`,
    `<p>${newTabLink(item.url, item.title, opensInNewTab)}</p>`,
    item.statusLine ? `<p class="status">${escapeHtml(item.statusLine)}</p>` : "",
    `<p><time datetime="${item.startsAt.toISOString()}">${escapeHtml(item.when)}</time></p>`,
    item.place ? `<p>${escapeHtml(item.place)}</p>` : "",
    "</li>",
  ].join("");
}

/**
 * The widget page partners put in an iframe: plain HTML written here rather
 * than a React page, so the frame ships no JavaScript at all. Every piece of
 * text is escaped.
 */
export function renderWidgetHtml(content: WidgetContent): string {
  const list = content.items.length
    ? `<ul>${content.items.map((item) => renderItem(item, content.opensInNewTab)).join("")}</ul>`
    : `<p>${escapeHtml(content.emptyText)}</p>`;
  return [
    "<!doctype html>",
    `<html lang="${content.locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    '<meta name="referrer" content="strict-origin-when-cross-origin">',
    `<title>${escapeHtml(content.heading)}</title>`,
    `<style>${WIDGET_CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(content.heading)}</h1>`,
    list,
    `<p class="more">${newTabLink(content.seeAll.url, content.seeAll.label, content.opensInNewTab)}</p>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
