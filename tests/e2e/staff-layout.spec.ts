import { expect, test, type Locator } from "@playwright/test";
import { createMeetingThroughForm, dallasDate, uniqueName } from "./support/meeting-form";
import { LOCALES } from "./support/public-pages";
import {
  firstEditPaths,
  sidewaysScroll,
  signInAsDemoAdmin,
  STAFF_PAGES,
  staffPageUrl,
  uniqueSuffix,
} from "./support/staff";

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const SCHEDULED = { en: "Scheduled", es: "Programada" } as const;

/** How many lines an element's text takes. */
async function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
}

for (const locale of LOCALES) {
  test(`every staff page fits a 360 px phone and a 1280 px screen in ${locale}, even with a title that has no spaces`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const tooWide: string[] = [];
    // The layout follows the width alone (CSS), so one load serves both widths.
    async function visit(url: string) {
      await page.setViewportSize(PHONE);
      await page.goto(url);
      await expect(page.locator("main h1")).toBeVisible();
      for (const size of [PHONE, DESKTOP]) {
        await page.setViewportSize(size);
        const scroll = await sidewaysScroll(page);
        if (scroll > 0) tooWide.push(`${url} at ${size.width} px: ${scroll} px sideways`);
      }
    }

    await visit(`/${locale}/admin/login`);
    await signInAsDemoAdmin(page, locale);
    // The longest title the form takes, as one word: it must wrap, not widen the page.
    const marker = `Layout${uniqueSuffix()}`;
    const title = `${marker}${"Reunióncomunitaria".repeat(12)}`.slice(0, 200);
    const meeting = await createMeetingThroughForm(page, locale, {
      titleEn: title,
      titleEs: title,
      venueName: uniqueName("Layout Hall"),
      date: dallasDate(30),
    });
    const { venue, series } = await firstEditPaths(page, locale);
    const dashboardWithTitle = `/${locale}/admin?q=${marker}`;
    const urls = [
      ...STAFF_PAGES.map(({ path }) => staffPageUrl(path, locale, { meeting, venue, series })),
      dashboardWithTitle,
    ];

    for (const url of urls) await visit(url);
    expect(tooWide).toEqual([]);

    // On the phone the meeting is a card, its status on screen beside the long title.
    await page.setViewportSize(PHONE);
    await page.goto(dashboardWithTitle);
    const card = page.locator("main tbody tr", { hasText: marker });
    await expect(card).toHaveCount(1);
    const status = card.locator("td").first();
    await expect(status).toHaveText(SCHEDULED[locale]);
    await status.scrollIntoViewIfNeeded();
    await expect(status).toBeInViewport({ ratio: 1 });
    await expect(card).toHaveCSS("display", "block");

    // On a wide screen it is a table with its column headings, and the long
    // title does not squeeze the status into a split word.
    await page.setViewportSize(DESKTOP);
    await expect(card).toHaveCSS("display", "table-row");
    const statusHeading = page.locator("main thead th").nth(1);
    await expect(statusHeading).toBeInViewport();
    expect(await lineCount(statusHeading)).toBe(1);
    expect(await lineCount(status)).toBe(1);
  });
}

test("the staff header's language switch opens the same page in the other language", async ({ page }) => {
  test.setTimeout(60_000);
  await signInAsDemoAdmin(page, "es");
  const { meeting } = await firstEditPaths(page, "es");
  await page.goto(meeting);
  await expect(page.locator("main h1")).toHaveText("Editar reunión");
  const title = await page.locator("#titleEn").inputValue();

  await page.getByRole("link", { name: "View this page in English" }).click();
  await expect(page).toHaveURL(meeting.replace(/^\/es\//, "/en/"));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("main h1")).toHaveText("Edit meeting");
  await expect(page.locator("#titleEn")).toHaveValue(title);

  // A filtered list keeps its filters.
  await page.goto("/en/admin?tab=past");
  await page.getByRole("link", { name: "Ver esta página en español" }).click();
  await expect(page).toHaveURL(/\/es\/admin\?tab=past$/);
  await expect(page.locator('main a[aria-current="page"]')).toHaveText("Pasadas");
});
