import { expect, test } from "@playwright/test";
import { dallasClock, MEETING_TEXT } from "./support/meeting-pages";
import { firstMeetingPath, LOCALES } from "./support/public-pages";

const ARCHIVE = {
  en: {
    path: "/en/archive",
    heading: "Past meetings",
    pagination: "Pages",
    ended: "This meeting has already taken place.",
    addToCalendar: "Add to calendar",
  },
  es: {
    path: "/es/archivo",
    heading: "Reuniones pasadas",
    pagination: "Páginas",
    ended: "Esta reunión ya se realizó.",
    addToCalendar: "Agregar al calendario",
  },
} as const;

const WHAT_TO_KNOW = {
  en: {
    path: "/en/what-to-know",
    link: "What to know",
    nav: "Main",
    willNot: "What Dallas police will not do",
    stillApplies: "What still applies",
    raids: /will not join federal deportation raids/,
    call911: /Calling 911 for help, or being stopped for a traffic violation, will not lead to deportation/,
    sensitivePlaces: /no arrests or raids at churches, schools or hospitals/,
    warrants: /outstanding arrest warrants can still be arrested/,
    attribution: /^Each statement names who made it and when the department last confirmed it/,
    source: "Interim Chief Michael Igo, community meeting at Familia Bethel Internacional",
    confirmed: /Last confirmed on /,
  },
  es: {
    path: "/es/que-saber",
    link: "Lo que debe saber",
    nav: "Principal",
    willNot: "Lo que la policía de Dallas no hará",
    stillApplies: "Lo que sigue vigente",
    raids: /no participará en redadas federales de deportación/,
    call911:
      /Llamar al 911 para pedir ayuda, o ser detenido por una infracción de tránsito, no lo llevará a la deportación/,
    sensitivePlaces: /No habrá arrestos ni redadas en iglesias, escuelas ni hospitales/,
    warrants: /órdenes de arresto pendientes todavía pueden ser arrestadas/,
    attribution: /^Cada declaración indica quién la hizo y cuándo el departamento la confirmó por última vez/,
    source: "Jefe interino Michael Igo, reunión comunitaria en Familia Bethel Internacional",
    confirmed: /Confirmado por última vez el /,
  },
} as const;

for (const locale of LOCALES) {
  const archive = ARCHIVE[locale];
  const know = WHAT_TO_KNOW[locale];

  test.describe(`archive in ${locale}`, () => {
    test("lists the past sessions newest first, each with its Dallas date and time", async ({ page }) => {
      await page.goto(archive.path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1, name: archive.heading })).toBeVisible();
      const cards = page.locator("main article");
      await expect(cards).toHaveCount(3);

      const starts: Date[] = [];
      for (const card of await cards.all()) {
        const time = card.locator("time");
        await expect(time).toHaveAttribute("datetime", /Z$/);
        const startsAt = new Date((await time.getAttribute("datetime"))!);
        const dallas = dallasClock(startsAt, locale);
        const when = card.locator("p").filter({ has: page.locator("time") });
        await expect(when).toContainText(dallas.weekday);
        await expect(when).toContainText(new RegExp(`\\b${dallas.dayOfMonth}\\b`));
        await expect(when).toContainText(dallas.time);
        await expect(when).toContainText(MEETING_TEXT[locale].centralTime);
        await expect(card.getByRole("heading", { level: 2 }).getByRole("link")).toBeVisible();
        starts.push(startsAt);
      }
      expect(starts.every((start) => start.getTime() < Date.now())).toBe(true);
      const newestFirst = [...starts].sort((a, b) => b.getTime() - a.getTime());
      expect(starts).toEqual(newestFirst);
    });

    test("an unreadable page number shows the first page, and one page needs no page links", async ({ page }) => {
      await page.goto(archive.path);
      const firstPage = await page
        .locator("main article time")
        .evaluateAll((times) => times.map((time) => time.getAttribute("datetime")));
      expect(firstPage).toHaveLength(3);
      // Three sessions fit on one page: the "Pages" navigation appears only when there are more.
      await expect(page.getByRole("navigation", { name: archive.pagination })).toHaveCount(0);

      const response = await page.goto(`${archive.path}?page=abc`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: archive.heading })).toBeVisible();
      await expect(page.locator("main article time")).toHaveCount(3);
      expect(
        await page
          .locator("main article time")
          .evaluateAll((times) => times.map((time) => time.getAttribute("datetime"))),
      ).toEqual(firstPage);
      const canonical = page.locator('link[rel="canonical"]');
      await expect(canonical).toHaveAttribute("href", new RegExp(`${archive.path}$`));

      expect((await page.request.get(`${archive.path}?page=2`)).status()).toBe(404);
    });

    test("a past session's page says it has taken place and offers no calendar entry", async ({ page }) => {
      await page.goto(archive.path);
      const link = page.locator("main article h2 a").first();
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/${MEETING_TEXT[locale].segment}/[a-z0-9-]+$`));
      await expect(page.getByText(archive.ended)).toBeVisible();
      await expect(page.getByRole("heading", { name: archive.addToCalendar })).toHaveCount(0);
    });

    test("is reached from the header", async ({ page }) => {
      await page.goto(`/${locale}`);
      const link = page.getByRole("navigation", { name: know.nav }).getByRole("link", { name: archive.heading });
      await expect(link).toHaveAttribute("href", archive.path);
      await link.click();
      await expect(page.getByRole("heading", { level: 1, name: archive.heading })).toBeVisible();
    });
  });

  test.describe(`what to know in ${locale}`, () => {
    test("states the department's four commitments and says where they come from", async ({ page }) => {
      await page.goto(know.path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1, name: know.link })).toBeVisible();
      const willNot = page.getByRole("region", { name: know.willNot });
      await expect(willNot.getByRole("listitem")).toHaveCount(3);
      await expect(willNot.getByRole("listitem").filter({ hasText: know.raids })).toHaveCount(1);
      await expect(willNot.getByRole("listitem").filter({ hasText: know.call911 })).toHaveCount(1);
      await expect(willNot.getByRole("listitem").filter({ hasText: know.sensitivePlaces })).toHaveCount(1);
      for (const item of await willNot.getByRole("listitem").all()) {
        await expect(item).toContainText(know.source);
        await expect(item).toContainText(know.confirmed);
      }
      await expect(page.getByRole("region", { name: know.stillApplies })).toContainText(know.warrants);
      await expect(page.getByText(know.attribution)).toBeVisible();
    });

    test("is linked from the header and footer of the listing and of a meeting page", async ({ page }) => {
      const meeting = await firstMeetingPath(page, locale);
      for (const path of [`/${locale}`, meeting]) {
        await page.goto(path);
        const header = page.getByRole("navigation", { name: know.nav }).getByRole("link", { name: know.link });
        await expect(header).toHaveAttribute("href", know.path);
        const footer = page.getByRole("contentinfo").getByRole("link", { name: know.link });
        await expect(footer).toHaveAttribute("href", know.path);
      }
      await page.getByRole("contentinfo").getByRole("link", { name: know.link }).click();
      await expect(page).toHaveURL(new RegExp(`${know.path}$`));
      await expect(page.getByRole("heading", { level: 1, name: know.link })).toBeVisible();
    });
  });
}
