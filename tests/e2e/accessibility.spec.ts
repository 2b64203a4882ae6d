import { expect, test } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { LOCALES, publicPaths } from "./support/public-pages";

for (const locale of LOCALES) {
  test(`public pages in ${locale} have no axe violations`, async ({ page }) => {
    for (const path of await publicPaths(page, locale)) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      expect(await axeViolations(page, path)).toEqual([]);
    }
  });
}
