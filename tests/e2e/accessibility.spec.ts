import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LOCALES, publicPaths } from "./support/public-pages";

for (const locale of LOCALES) {
  test(`public pages in ${locale} have no axe violations`, async ({ page }) => {
    for (const path of await publicPaths(page, locale)) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      expect(results.violations.map((violation) => `${path}: ${violation.id} (${violation.nodes.length})`)).toEqual([]);
    }
  });
}
