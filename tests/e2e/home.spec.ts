import { expect, test } from "@playwright/test";
import { openListingPageWith } from "./support/public-pages";

test.describe("home page", () => {
  test("lists upcoming meetings in Spanish", async ({ page }) => {
    await page.goto("/es");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1, name: "Próximas reuniones" })).toBeVisible();
    await expect(page.getByText(/hasta el 20 de febrero/i)).toBeVisible();
    await expect(page.getByText("Familia Bethel Internacional").first()).toBeVisible();
    await expect(page.getByText("Próxima reunión").first()).toBeVisible();
  });

  test("lists upcoming meetings in English", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Upcoming meetings" })).toBeVisible();
    await expect(page.getByText(/through February 20/i)).toBeVisible();
    // The demo's cancelled session (staff tests may cancel others for a moment,
    // and add meetings that can push it to a later page of the listing).
    await openListingPageWith(page, "en", '[data-status="CANCELLED"]:has-text("funeral")');
    const cancelled = page.locator('[data-status="CANCELLED"]').filter({ hasText: "funeral" });
    await expect(cancelled).toHaveCount(1);
    await expect(cancelled).toContainText("Cancelled");
  });

  test("sends the root to the browser's language", async ({ browser }) => {
    for (const [language, path] of [
      ["es-MX,es;q=0.9", "/es"],
      ["en-US,en;q=0.9", "/en"],
    ] as const) {
      const context = await browser.newContext({
        locale: language.split(",")[0],
        extraHTTPHeaders: { "Accept-Language": language },
      });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await context.close();
    }
  });
});
