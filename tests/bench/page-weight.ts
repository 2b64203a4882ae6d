import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

/**
 * Page weight of what a resident's phone downloads: for the listing and a
 * meeting page in each language, the HTML plus every same-origin stylesheet
 * and script it references, each gzipped as the server would send it.
 * Exits non-zero when a page goes over the budget for slow data.
 * `<script nomodule>` files (legacy polyfills) are weighed apart and left out
 * of the total: every browser that runs ES modules skips them.
 *
 *   npx tsx tests/bench/page-weight.ts --base-url http://127.0.0.1:3000
 */

const BUDGET_BYTES = 150 * 1024;

type Kind = "html" | "css" | "js" | "nomoduleJs";
type PageWeight = { page: string; files: number; html: number; css: number; js: number; total: number; nomoduleJs: number };

const { values } = parseArgs({ options: { "base-url": { type: "string", default: "http://127.0.0.1:3000" } } });
const baseUrl = new URL(values["base-url"]!);

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
  if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

const gzipped = (body: Buffer) => gzipSync(body).length;

async function weigh(path: string): Promise<PageWeight> {
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
async function firstMeetingPath(locale: "en" | "es"): Promise<string> {
  const html = (await fetchBody(new URL(`/${locale}`, baseUrl))).toString("utf8");
  const segment = locale === "en" ? "meetings" : "reuniones";
  const match = new RegExp(`href="(/${locale}/${segment}/[^"?#]+)"`).exec(html);
  if (!match?.[1]) throw new Error(`No meeting is linked from /${locale}: is the demo data loaded?`);
  return match[1];
}

async function main() {
  const paths = ["/en", "/es", await firstMeetingPath("en"), await firstMeetingPath("es")];
  const weights: PageWeight[] = [];
  for (const path of paths) weights.push(await weigh(path));

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.table(
    Object.fromEntries(
      weights.map((weight) => [
        weight.page,
        {
          files: weight.files,
          HTML: kb(weight.html),
          CSS: kb(weight.css),
          JS: kb(weight.js),
          total: kb(weight.total),
          "nomodule JS (not in total)": kb(weight.nomoduleJs),
        },
      ]),
    ),
  );
  console.log(JSON.stringify({ baseUrl: baseUrl.origin, budgetBytes: BUDGET_BYTES, unit: "gzip bytes", pages: weights }, null, 2));

  const over = weights.filter((weight) => weight.total > BUDGET_BYTES);
  for (const weight of over) {
    console.error(`${weight.page}: ${kb(weight.total)} gzipped, over the ${kb(BUDGET_BYTES)} budget.`);
  }
  if (over.length > 0) process.exit(1);
  console.log(`Every page is within the ${kb(BUDGET_BYTES)} budget (gzipped).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
