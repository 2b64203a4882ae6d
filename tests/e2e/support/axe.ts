import fs from "node:fs";
import { createRequire } from "node:module";
import { expect, type Page } from "@playwright/test";
import type { AxeResults } from "axe-core";

// axe-core itself, injected into each frame: its Playwright wrapper of the
// same version needs Node 22, and the suite also runs on Node 20.
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// Experimental rules too: label-content-name-mismatch (WCAG 2.5.3, a link's
// spoken name must contain its visible text) is one of them.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice", "experimental"];

/**
 * Every accessibility problem axe finds on the page as shown now, one line
 * each ("<rule> (<count>) <first element>"), prefixed with `where`: a test
 * expects the list to be empty. Evaluated through the DevTools protocol, so
 * the pages' own Content-Security-Policy does not stop the injection.
 */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  // After a client-side navigation the title comes a moment after the
  // content: axe reads the page once it has one (and reports it if it never does).
  await expect(page)
    .toHaveTitle(/\S/, { timeout: 5_000 })
    .catch(() => undefined);
  for (const frame of page.frames()) await frame.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(
        document,
        { runOnly: { type: "tag", values: tags } },
      ),
    TAGS,
  );
  return results.violations.map(
    (violation) => `${where}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(" ")}`,
  );
}
