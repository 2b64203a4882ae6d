import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { escapeHtml } from "@/lib/html/escape";
import type { Locale } from "@/lib/i18n/locales";
import { type Answer, plainAnswer } from "@/lib/serving/answer";
import { OUTAGE_RETRY_AFTER_SECONDS } from "./outage-response.mjs";

const BUSY_RETRY_AFTER_SECONDS = 5;

type Text = { title: string; heading: string; body: string; meetings: string; retry: string };

/**
 * The page a resident gets when a page cannot be rendered (the database is
 * down) and no earlier copy is cached: plain HTML in the page's language,
 * readable without JavaScript, with 503 and Retry-After for browsers,
 * crawlers and monitors.
 */
export function outagePage(locale: Locale): Answer {
  return unavailablePage(locale, { en: en.Outage, es: es.Outage }, OUTAGE_RETRY_AFTER_SECONDS);
}

/**
 * The same when the server has more new pages to draw than it can right
 * now (see lib/serving/render-slots.ts); for a calendar, feed or widget,
 * the status and Retry-After alone.
 */
export function busyPage(locale: Locale, isPage = true): Answer {
  if (!isPage) return plainAnswer(503, { "retry-after": String(BUSY_RETRY_AFTER_SECONDS) });
  return unavailablePage(
    locale,
    { en: { ...en.Outage, ...en.Busy }, es: { ...es.Outage, ...es.Busy } },
    BUSY_RETRY_AFTER_SECONDS,
  );
}

function unavailablePage(locale: Locale, texts: Record<Locale, Text>, retryAfterSeconds: number): Answer {
  const text = texts[locale];
  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(text.title)}</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;margin:0;color:#0f172a}main{max-width:40rem;margin:0 auto;padding:2rem 1rem}h1{font-size:1.75rem;line-height:1.25}a{color:#173f84;font-weight:600}</style>
</head>
<body>
<main>
<h1>${escapeHtml(text.heading)}</h1>
<p>${escapeHtml(text.body)}</p>
<p>${escapeHtml(text.meetings)}</p>
<p><a href="">${escapeHtml(text.retry)}</a></p>
</main>
</body>
</html>
`;
  return {
    status: 503,
    headers: [
      ["content-type", "text/html; charset=utf-8"],
      ["cache-control", "no-store"],
      ["retry-after", String(retryAfterSeconds)],
      [
        "content-security-policy",
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      ],
    ],
    body: new TextEncoder().encode(html),
  };
}
