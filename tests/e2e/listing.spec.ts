import { expect, test } from "@playwright/test";
import { openListingPageWith } from "./support/public-pages";
import { dallasClock } from "./support/meeting-pages";

test.describe("listing filters without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a plain GET form filters by language and keeps the filter in a shareable URL", async ({ page }) => {
    await page.goto("/en");
    await page.getByText("Filter meetings").click();
    await page.getByLabel("Meeting language").selectOption("en");
    await page.getByRole("button", { name: "Show meetings" }).click();
    await expect(page).toHaveURL(/\/en\?(.*&)?lang=en/);
    const cards = page.locator("main article");
    await expect(cards.first()).toBeVisible();
    for (const card of await cards.all()) await expect(card).toContainText(/Held in (English|.* and English)/);
    await expect(page.getByRole("link", { name: "Clear filters" })).toBeVisible();
  });

  test("the language switch keeps the visitor on the same filtered view", async ({ page }) => {
    await page.goto("/es?lang=en");
    await page.getByRole("link", { name: "View this page in English" }).click();
    await expect(page).toHaveURL(/\/en\?lang=en$/);
    await expect(page.getByLabel("Meeting language")).toHaveValue("en");
  });

  test("a date range that ends before it starts is explained, not an error", async ({ page }) => {
    const response = await page.goto("/es?from=2027-02-10&to=2027-02-01");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: "fecha" })).toBeVisible();
  });

  test("malformed filter values lead to the listing without them", async ({ page }) => {
    const response = await page.goto("/en?week=not-a-date&lang=%3Cscript%3E&from=2027-13-45");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole("heading", { level: 1, name: "Upcoming meetings" })).toBeVisible();
    await expect(page.locator("main article").first()).toBeVisible();
  });
});

test.describe("listing", () => {
  test("shows Central times whatever the visitor's time zone, and marks the next session", async ({ page }) => {
    await page.goto("/es");
    const next = page.locator('main article[aria-label="Próxima reunión"]');
    await expect(next).toHaveCount(1);
    // The browser runs in Asia/Tokyo; the card reads the start on a Dallas wall clock.
    const start = next.locator("time").first();
    const dallas = dallasClock(new Date((await start.getAttribute("datetime"))!), "es");
    await expect(start).toContainText(new RegExp(`^${dallas.time}\\b`));
    await expect(start).toContainText(new RegExp(dallas.meridiem.replace(/\./g, "\\.").replace(/ /g, "\\s?")));
    await expect(page.getByText("(hora del centro)").first()).toBeVisible();
  });

  test("keeps a cancelled session listed, marked, with its note in the page's language", async ({ page }) => {
    // Other tests add meetings meanwhile, which can push it to a later page.
    await openListingPageWith(page, "es", 'main article[data-status="CANCELLED"]:has-text("funeral")');
    const cancelled = page.locator('main article[data-status="CANCELLED"]').filter({ hasText: "funeral" });
    await expect(cancelled).toHaveCount(1);
    await expect(cancelled).toContainText("Cancelada");
    await expect(cancelled).toContainText("funeral");
  });
});
