import { expect, test } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { DEMO_PARTNER_SLUG, LOCALES, partnerPath } from "./support/public-pages";

const TEXT = {
  en: {
    nav: "Partners",
    heading: "Partner churches and meeting places",
    next: "Next meeting:",
    centralTime: "(Central time)",
    meetings: "/en/meetings/",
    partners: "/en/partners/",
    count: /^(?:(1) upcoming meeting|All (\d+) upcoming meetings) at .+?(?: \((\d+) cancelled\))?$/,
    others: "the list of upcoming meetings",
    path: "/en/partners",
  },
  es: {
    nav: "Socios",
    heading: "Iglesias socias y lugares de reunión",
    next: "Próxima reunión:",
    centralTime: "(hora del centro)",
    meetings: "/es/reuniones/",
    partners: "/es/socios/",
    count: /^(?:(1) reunión próxima|Las (\d+) reuniones próximas) en .+?(?: \((\d+) canceladas?\))?$/,
    others: "la lista de próximas reuniones",
    path: "/es/socios",
  },
} as const;

// Demo places that are not partners (prisma/seed-data.ts).
const NOT_PARTNERS = /Benito Juárez Elementary School|Vickery Meadow Community Center/;

/** The numbers a count link says: how many meetings to come, and how many of them are cancelled. */
function countOf(text: string, pattern: RegExp): { total: number; cancelled: number } {
  const match = pattern.exec(text.replace(/\s+/g, " ").trim());
  expect(match, text).not.toBeNull();
  return { total: Number(match![1] ?? match![2]), cancelled: Number(match![3] ?? 0) };
}

test.describe("the partners' directory without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    const text = TEXT[locale];
    test(`lists every place with its next meeting and leads to the partner's page, in ${locale}`, async ({ page }) => {
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
        await expect(place.getByRole("link", { name: text.count })).toHaveAttribute(
          "href",
          `${text.partners}${await place.getAttribute("data-venue")}`,
        );
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

for (const locale of LOCALES) {
  const text = TEXT[locale];
  test(`every count in the directory leads to the partner page listing those meetings, cancelled ones marked, and the other places' meetings are in the listing, in ${locale}`, async ({
    page,
  }) => {
    await page.goto(text.path);
    const places = page.locator("main article[data-venue]");
    const counts = [];
    for (const place of await places.all()) {
      const link = place.getByRole("link", { name: text.count });
      counts.push({ href: (await link.getAttribute("href"))!, ...countOf((await link.textContent())!, text.count) });
    }
    expect(counts.length).toBeGreaterThan(1);
    for (const { href, total, cancelled } of counts) {
      await page.goto(href);
      const listed = page
        .getByRole("region", { name: locale === "en" ? "Upcoming meetings here" : "Próximas reuniones aquí" })
        .locator("article[data-status]");
      // A partner page shows its next 20; the demo has fewer at each.
      await expect(listed).toHaveCount(total);
      await expect(listed.and(page.locator('[data-status="CANCELLED"]'))).toHaveCount(cancelled);
      for (const card of await listed.and(page.locator('[data-status="CANCELLED"]')).all()) {
        await expect(card).toContainText(locale === "en" ? "Cancelled" : "Cancelada");
      }
    }

    // The demo's school and community center are not partners: not in the directory, but their meetings are in the listing it links to.
    await page.goto(text.path);
    await expect(places.filter({ hasText: NOT_PARTNERS })).toHaveCount(0);
    await page.getByRole("link", { name: text.others }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await expect(page.locator("main article[data-status]").filter({ hasText: NOT_PARTNERS }).first()).toBeVisible();
  });
}

test("the directory has no axe violations, sets no cookies, is cached, switches language and is in the sitemap", async ({
  page,
  context,
  request,
  baseURL,
}) => {
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
