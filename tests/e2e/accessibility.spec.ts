import { expect, test } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { LOCALES, publicPaths } from "./support/public-pages";

for (const locale of LOCALES) {
  test(`public pages in ${locale} have no axe violations`, async ({ page }) => {
    // A full axe run (experimental rules too) on every page, one after another.
    test.setTimeout(120_000);
    for (const path of await publicPaths(page, locale)) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      expect(await axeViolations(page, path)).toEqual([]);
    }
  });
}
