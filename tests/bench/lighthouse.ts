import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { CHROMIUM, chromiumPath, ensureSystemTools } from "@/tests/support/system-tools";

/**
 * Lighthouse's mobile profile (its default: a mid-range phone on slow 4G,
 * simulated) on residents' pages, through Debian's Chromium. Lighthouse is
 * fetched by npx at the pinned version, not a dependency of the app: it
 * weighs more than the app itself. The bar (issue #24): 100 in each
 * category on every page. CPU-bound: a busy machine lowers "performance"
 * through total blocking time, so read it on a quiet one.
 *
 *   npx tsx tests/bench/lighthouse.ts --base-url http://127.0.0.1:3000
 */

export const LIGHTHOUSE_VERSION = "13.5.0";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

export type LighthouseResult = { page: string } & Record<(typeof CATEGORIES)[number], number>;

export function lighthouse(baseUrl: string, page: string): LighthouseResult {
  // Lighthouse drives the full Chromium (the tests' headless shell is not enough for it).
  const problem = ensureSystemTools([CHROMIUM]);
  if (problem) throw new Error(problem);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-lighthouse-"));
  const report = path.join(folder, "report.json");
  try {
    const run = spawnSync(
      "npx",
      [
        "-y",
        `lighthouse@${LIGHTHOUSE_VERSION}`,
        `${baseUrl}${page}`,
        `--chrome-path=${chromiumPath()}`,
        "--chrome-flags=--headless=new --no-sandbox",
        `--only-categories=${CATEGORIES.join(",")}`,
        "--output=json",
        `--output-path=${report}`,
        "--quiet",
      ],
      { encoding: "utf8", timeout: 180_000 },
    );
    if (!fs.existsSync(report)) throw new Error(`lighthouse failed on ${page}:\n${run.stdout}${run.stderr}`);
    const categories = (
      JSON.parse(fs.readFileSync(report, "utf8")) as { categories: Record<string, { score: number }> }
    ).categories;
    return {
      page,
      ...Object.fromEntries(CATEGORIES.map((name) => [name, Math.round(categories[name]!.score * 100)])),
    } as LighthouseResult;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export const lighthousePasses = (result: LighthouseResult) => CATEGORIES.every((name) => result[name] === 100);

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { "base-url": { type: "string", default: "http://127.0.0.1:3000" } } });
  const baseUrl = values["base-url"]!.replace(/\/$/, "");
  const html = await (await fetch(`${baseUrl}/es`)).text();
  const meeting = /href="(\/es\/reuniones\/[^"?#]+)"/.exec(html)?.[1];
  const pages = ["/es", "/en", ...(meeting ? [meeting] : []), "/es/lo-que-hemos-hecho"];
  const results = pages.map((page) => lighthouse(baseUrl, page));
  console.table(results);
  if (!results.every(lighthousePasses)) process.exitCode = 1;
}
