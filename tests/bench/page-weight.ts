import { parseArgs } from "node:util";
import { BUDGET_BYTES, firstMeetingPath, type PageWeight, weigh } from "./weigh-page";

/**
 * The listing and a meeting page in each language, against the budget for
 * slow data. Exits non-zero when a page goes over it.
 *
 *   npx tsx tests/bench/page-weight.ts --base-url http://127.0.0.1:3000
 */

const { values } = parseArgs({ options: { "base-url": { type: "string", default: "http://127.0.0.1:3000" } } });
const baseUrl = new URL(values["base-url"]!);

async function main() {
  // The not-found page too: residents reach it from mistyped and outdated links.
  const paths = [
    "/en",
    "/es",
    await firstMeetingPath(baseUrl, "en"),
    await firstMeetingPath(baseUrl, "es"),
    "/es/no-existe",
    "/en/not-here",
    "/en/what-we-have-done",
    "/es/lo-que-hemos-hecho",
  ];
  const weights: PageWeight[] = [];
  for (const path of paths) weights.push(await weigh(baseUrl, path));

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
  console.log(
    JSON.stringify({ baseUrl: baseUrl.origin, budgetBytes: BUDGET_BYTES, unit: "gzip bytes", pages: weights }, null, 2),
  );

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
