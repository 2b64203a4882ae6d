/**
 * Residents' pages go out as plain HTML: no framework JavaScript.
 *
 * Everything on them works as plain links and form posts (the browser
 * tests run them with JavaScript off), and Next.js's client runtime alone
 * weighs about 130 KB compressed, plus a copy of the whole page as React
 * data for hydration: most of what a phone on slow data would download.
 * So a cached public page keeps only the scripts that are part of the page
 * itself: structured data for search engines (`application/ld+json`) and
 * the site's own small enhancement script (`data-enhance`, see
 * components/page-enhancements.tsx: the share sheet and copy buttons).
 *
 * Applied when a render is stored (lib/cache/serve-cached.ts), so a page
 * is the same whether it came from memory or was just rendered. Answers to
 * a form post come straight from Next.js and keep their scripts: the page
 * then works as before, with the framework.
 */

// A whole <script> element; HTML text can never contain "</script" inside one.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
// Hints to fetch a script early.
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\b(?:rel="modulepreload"|as="script"))[^>]*>/gi;
const KEPT = /\btype="application\/ld\+json"|\bdata-enhance(?:[\s=>]|$)/i;

export function withoutFrameworkScripts(html: string): string {
  return html.replace(SCRIPT, (element, attributes: string) => (KEPT.test(attributes) ? element : "")).replace(SCRIPT_PRELOAD, "");
}

/** A stored page's body without the framework's scripts, when it is HTML. */
export function plainPageBody(body: Uint8Array<ArrayBuffer>, contentType: string | null): Uint8Array<ArrayBuffer> {
  if (!contentType?.startsWith("text/html")) return body;
  return new TextEncoder().encode(withoutFrameworkScripts(new TextDecoder().decode(body)));
}
