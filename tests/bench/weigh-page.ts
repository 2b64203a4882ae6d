import { gzipSync } from "node:zlib";

/**
 * Page weight of what a resident's phone downloads: for a page, the HTML
 * plus every same-origin stylesheet and script it references, each gzipped
 * as the server would send it. `<script nomodule>` files (legacy polyfills)
 * are weighed apart and left out of the total: every browser that runs ES
 * modules skips them. Used by `npm run bench:weight` and `npm run bench`.
 */

// Residents' pages carry no framework script (lib/serving/plain-page.ts)
// and weigh 10–12 KB; the budget for slow data was 150 KB with React and the
// Next.js runtime. 15 KB (issue #24) leaves room for content, not for the framework.
export const BUDGET_BYTES = 15 * 1024;

type Kind = "html" | "css" | "js" | "nomoduleJs";
export type PageWeight = {
  page: string;
  files: number;
  html: number;
  css: number;
  js: number;
  total: number;
  nomoduleJs: number;
};

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.replace(/&amp;/g, "&");
}

/** Same-origin stylesheets and scripts a page references, each once. */
function referencedAssets(html: string, pageUrl: URL): { url: URL; kind: Kind }[] {
  const assets = new Map<string, Kind>();
  const add = (href: string | undefined, kind: Kind) => {
    if (!href) return;
    const url = new URL(href, pageUrl);
    if (url.origin === pageUrl.origin) assets.set(url.href, kind);
  };
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (attribute(tag, "rel")?.toLowerCase().split(/\s+/).includes("stylesheet")) add(attribute(tag, "href"), "css");
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    add(attribute(tag, "src"), /\snomodule\b/i.test(tag) ? "nomoduleJs" : "js");
  }
  return [...assets].map(([href, kind]) => ({ url: new URL(href), kind }));
}

async function fetchBody(url: URL): Promise<Buffer> {
  // Ask for the plain body: it is compressed here, the same way for every run.
  const response = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
  // The not-found page is weighed too, with its 404.
  if (!response.ok && response.status !== 404) throw new Error(`${url.href} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

const gzipped = (body: Buffer) => gzipSync(body).length;

export async function weigh(baseUrl: URL, path: string): Promise<PageWeight> {
  const pageUrl = new URL(path, baseUrl);
  const html = await fetchBody(pageUrl);
  const weight: PageWeight = { page: path, files: 1, html: gzipped(html), css: 0, js: 0, total: 0, nomoduleJs: 0 };
  for (const asset of referencedAssets(html.toString("utf8"), pageUrl)) {
    weight[asset.kind] += gzipped(await fetchBody(asset.url));
    weight.files += 1;
  }
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}

/** The first meeting linked from a listing, as a resident would tap it. */
export async function firstMeetingPath(baseUrl: URL, locale: "en" | "es"): Promise<string> {
  const html = (await fetchBody(new URL(`/${locale}`, baseUrl))).toString("utf8");
  const segment = locale === "en" ? "meetings" : "reuniones";
  const match = new RegExp(`href="(/${locale}/${segment}/[^"?#]+)"`).exec(html);
  if (!match?.[1]) throw new Error(`No meeting is linked from /${locale}: is the demo data loaded?`);
  return match[1];
}
