import { expect, test } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { DEMO_PARTNER_SLUG, LOCALES, partnerPath } from "./support/public-pages";

const TEXT = {
  en: { nav: "Partners", heading: "Partner churches and meeting places", next: "Next meeting:", centralTime: "(Central time)", meetings: "/en/meetings/", count: /\d+ upcoming meetings? here/, path: "/en/partners" },
  es: { nav: "Socios", heading: "Iglesias socias y lugares de reunión", next: "Próxima reunión:", centralTime: "(hora del centro)", meetings: "/es/reuniones/", count: /\d+ reuni(ón|ones) próximas? aquí/, path: "/es/socios" },
} as const;

test.describe("the partners' directory without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    const text = TEXT[locale];
    test(`lists every place with its next meeting and leads to the partner's page, in ${locale}`, { tag: "@every-engine" }, async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.getByRole("navigation").getByRole("link", { name: text.nav, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${text.path}$`));
      await expect(page.getByRole("heading", { level: 1, name: text.heading })).toBeVisible();

      const places = page.locator("main article[data-venue]");
      expect(await places.count()).toBeGreaterThan(1);
      for (const place of await places.all()) {
        await expect(place.getByRole("heading", { level: 2 })).not.toBeEmpty();
        await expect(place).toContainText(text.next);
        await expect(place).toContainText(text.centralTime);
        await expect(place).toContainText(text.count);
        await expect(place.locator(`a[href^="${text.meetings}"]`)).toHaveCount(1);
      }

      const partner = page.locator(`main article[data-venue="${DEMO_PARTNER_SLUG}"]`);
      await expect(partner).toContainText(/Oak Cliff|Southwest|Suroeste/);
      await partner.getByRole("heading", { level: 2 }).getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`${partnerPath(locale)}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }
});

test("the directory has no axe violations, sets no cookies, is cached, switches language and is in the sitemap", async ({ page, context, request, baseURL }) => {
  for (const locale of LOCALES) {
    const text = TEXT[locale];
    const response = await page.goto(text.path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["set-cookie"]).toBeUndefined();
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'sha256-/);
    await expect(page.getByRole("heading", { level: 1, name: text.heading })).toBeVisible();
    expect(await axeViolations(page, text.path)).toEqual([]);
    // Served through the public page cache, like the other residents' pages.
    expect((await request.get(text.path)).headers()["x-encuentros-cache"]).toMatch(/^(hit|miss)$/);
  }
  const other = page.getByRole("link", { name: "View this page in English" });
  await expect(other).toHaveAttribute("href", TEXT.en.path);
  expect(await context.cookies()).toEqual([]);

  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  for (const locale of LOCALES) expect(xml).toContain(`${baseURL}${TEXT[locale].path}`);
  expect(xml).toContain(`${baseURL}${partnerPath("es")}`);
});
