import crypto from "node:crypto";
import { createTranslator } from "use-intl/core";
import { escapeHtml } from "@/lib/html/escape";
import { messagesFor } from "@/lib/i18n/messages";
import type { FlyerColumn, FlyerContent } from "./flyer-content";

// One US letter page: 7.5 × 10 in inside half-inch margins. The flyer box is
// held to that height so a long title can never spill onto a second sheet.
const FLYER_CSS = `
@page{size:letter;margin:0.5in}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font:10.5pt/1.3 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#0f172a;background:#e2e8f0}
.toolbar{max-width:8.5in;margin:0 auto;padding:12px 16px;background:#fff;border-bottom:1px solid #cbd5e1}
.toolbar h1{margin:0 0 4px;font-size:1rem}
.toolbar p{margin:4px 0}
a{color:#173f84}
a:focus-visible{outline:3px solid #b45309;outline-offset:2px}
.sheet{width:8.5in;min-height:11in;margin:16px auto;padding:0.5in;background:#fff}
.flyer{display:grid;grid-template-columns:1fr 1fr;gap:0.35in;height:10in;overflow:hidden}
.column{display:flex;flex-direction:column;min-width:0}
.column+.column{border-left:2px solid #173f84;padding-left:0.35in}
.kicker{margin:0;font-size:10pt;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:#173f84}
h2{margin:4px 0 6px;font-size:20pt;line-height:1.15}
.when{margin:6px 0 4px}
.when .day,.when .time{margin:0;font-size:15pt;font-weight:700;line-height:1.2;color:#173f84}
.when .label{margin:0;font-size:9pt;font-weight:700;text-transform:uppercase;color:#334155}
.when .next{margin:2px 0 0;font-size:10pt;color:#334155}
.more{font-weight:700}
.cancelled{margin:0 0 8px;padding:4px 8px;border:2px solid #9f1239;color:#9f1239;font-weight:700}
dl{margin:0}
dt{margin-top:8px;font-size:9pt;font-weight:700;text-transform:uppercase;color:#334155}
dd{margin:0;font-size:11pt}
dd.main{font-weight:700}
h3{margin:10px 0 4px;font-size:11pt}
ul{margin:0;padding-left:1.1em}
li{margin:3px 0}
.sessions{list-style:none;padding:0}
.sessions li{margin:3px 0;font-size:10pt}
.sessions .title{display:block;font-size:9.5pt;color:#334155}
.promises{font-size:9.5pt}
.free{margin:10px 0 0;font-weight:700}
.qr{margin-top:auto;padding-top:10px;display:flex;gap:10px;align-items:flex-end}
.qr svg{width:1.35in;height:1.35in;flex:none}
.qr p{margin:0;font-size:9.5pt}
.qr .address{font-weight:700}
@media print{body{background:#fff}.toolbar{display:none}.sheet{width:auto;min-height:0;margin:0;padding:0}}
`.trim();

/**
 * Stricter than the pages' policy, as the flyer has no script at all: only
 * its inline stylesheet and the site icon load, and no site may frame it.
 */
export const FLYER_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${crypto.createHash("sha256").update(FLYER_CSS).digest("base64")}'`,
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

type Links = { pdf: string; pages: { locale: string; href: string; label: string }[] };

/** The page's address without "https://", with break points after "/", "." and "-" only (never inside a word). */
function webAddressHtml(url: string): string {
  return url
    .replace(/^https?:\/\//, "")
    .split(/(?<=[/.-])/)
    .map(escapeHtml)
    .join("<wbr>");
}

function renderColumn(column: FlyerColumn, qrSvg: string): string {
  const t = createTranslator({ locale: column.locale, messages: messagesFor(column.locale), namespace: "Share" });
  const facts = column.facts
    .map(
      (fact) =>
        `<dt>${escapeHtml(fact.label)}</dt>${fact.lines.map((line, i) => `<dd${i === 0 ? ' class="main"' : ""}>${escapeHtml(line)}</dd>`).join("")}`,
    )
    .join("");
  const sessions = column.sessions
    ? `<h3>${escapeHtml(column.sessions.heading)}</h3>` +
      (column.sessions.items.length
        ? `<ul class="sessions">${column.sessions.items
            .map(
              (item) =>
                `<li><strong>${escapeHtml(item.when)}</strong><span class="title">${escapeHtml(item.title)}</span></li>`,
            )
            .join("")}</ul>`
        : `<p>${escapeHtml(column.sessions.emptyText)}</p>`)
    : "";
  const more = column.sessions?.more ? `<p class="more">${escapeHtml(column.sessions.more)}</p>` : "";
  const when = column.when
    ? `<div class="when"><p class="label">${escapeHtml(column.when.label)}</p><p class="day">${escapeHtml(column.when.day)}</p>` +
      `<p class="time">${escapeHtml(column.when.time)}</p>${column.when.title ? `<p class="next">${escapeHtml(column.when.title)}</p>` : ""}</div>`
    : "";
  const cancelled = column.cancelled
    ? `<p class="cancelled">${escapeHtml(column.cancelled.label)}${column.cancelled.note ? `: ${escapeHtml(column.cancelled.note)}` : ""}</p>`
    : "";
  const svg = qrSvg.replace("<svg ", `<svg role="img" aria-label="${escapeHtml(t("qrAlt"))}" `);
  return [
    `<section class="column" lang="${column.locale}">`,
    `<p class="kicker">${escapeHtml(column.heading)}</p>`,
    `<h2>${escapeHtml(column.title)}</h2>`,
    cancelled,
    when,
    `<dl>${facts}</dl>`,
    sessions,
    more,
    column.promises.length > 0 ? `<h3>${escapeHtml(column.promisesHeading)}</h3>` : "",
    column.promises.length > 0
      ? `<ul class="promises">${column.promises.map((promise) => `<li>${escapeHtml(promise)}</li>`).join("")}</ul>`
      : "",
    `<p class="free">${escapeHtml(column.free)}</p>`,
    `<div class="qr">${svg}<p>${escapeHtml(column.scan)}<br><span class="address">${webAddressHtml(column.url)}</span></p></div>`,
    "</section>",
  ].join("");
}

function renderToolbar(content: FlyerContent, links: Links): string {
  const lines = content.columns.map((column) => {
    const t = createTranslator({ locale: column.locale, messages: messagesFor(column.locale), namespace: "Flyer" });
    return `<p lang="${column.locale}">${escapeHtml(t("printHint"))} <a href="${escapeHtml(links.pdf)}">${escapeHtml(t("pdf"))}</a></p>`;
  });
  const pages = links.pages
    .map(
      (page) =>
        `<a href="${escapeHtml(page.href)}" hreflang="${page.locale}" lang="${page.locale}">${escapeHtml(page.label)}</a>`,
    )
    .join(" · ");
  return `<header class="toolbar"><h1>${escapeHtml(content.documentTitle)}</h1>${lines.join("")}<p>${pages}</p></header>`;
}

/**
 * The printable flyer: both languages side by side on one US letter page.
 * Plain HTML written here (no React page), so it ships no JavaScript; every
 * piece of text is escaped.
 */
export function renderFlyerHtml(content: FlyerContent, qrSvgs: string[], links: Links): string {
  const lang = content.columns[0]!.locale;
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(content.documentTitle)}</title>`,
    '<link rel="icon" href="/favicon.ico" sizes="48x48">',
    `<style>${FLYER_CSS}</style>`,
    "</head>",
    "<body>",
    renderToolbar(content, links),
    `<main class="sheet"><div class="flyer">${content.columns.map((column, index) => renderColumn(column, qrSvgs[index] ?? "")).join("")}</div></main>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
