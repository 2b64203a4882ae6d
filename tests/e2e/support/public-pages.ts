import { expect, type Page } from "@playwright/test";

export const LOCALES = ["en", "es"] as const;
export type TestLocale = (typeof LOCALES)[number];

const MEETING_PATH = { en: /^\/en\/meetings\/[a-z0-9-]+$/, es: /^\/es\/reuniones\/[a-z0-9-]+$/ } as const;

// The listing shows a page of meetings at a time; other tests add meetings
// in the coming days meanwhile, which can push a demo session to a later page.
const LISTING_PAGES_SEARCHED = 5;

/** Opens the listing's first page that shows `selector` (a demo session's card, a link in one), and expects it there. */
export async function openListingPageWith(page: Page, locale: TestLocale, selector: string): Promise<void> {
  const found = page.locator(selector).first();
  for (let number = 1; number <= LISTING_PAGES_SEARCHED; number++) {
    await page.goto(number === 1 ? `/${locale}` : `/${locale}?page=${number}`);
    await expect(page.locator("main h1")).toBeVisible();
    if ((await found.count()) > 0) break;
  }
  await expect(found).toBeVisible();
}

async function listedMeetingPath(page: Page, locale: TestLocale, cardSelector: string): Promise<string> {
  const link = page.locator(`${cardSelector} h3 a`).first();
  await openListingPageWith(page, locale, `${cardSelector} h3 a`);
  const href = await link.getAttribute("href");
  expect(href).toMatch(MEETING_PATH[locale]);
  return href!;
}

/** Path of the first upcoming meeting's page, read from the listing. */
export async function firstMeetingPath(page: Page, locale: TestLocale): Promise<string> {
  // A demo session: staff tests add sessions of their own meanwhile.
  return listedMeetingPath(page, locale, 'main article[data-status="SCHEDULED"]:has-text("demo")');
}

/** Path of the demo's cancelled session, read from the listing. */
export async function cancelledMeetingPath(page: Page, locale: TestLocale): Promise<string> {
  return listedMeetingPath(page, locale, 'main article[data-status="CANCELLED"]:has-text("funeral")');
}

/** A demo partner church (prisma/seed-data.ts): staff tests never change or remove it. */
export const DEMO_PARTNER_SLUG = "familia-bethel-internacional";

/** The demo partner's page in a language. */
export function partnerPath(locale: TestLocale, slug: string = DEMO_PARTNER_SLUG): string {
  return locale === "en" ? `/en/partners/${slug}` : `/es/socios/${slug}`;
}

/** The public "request a meeting" form in a language. */
export const REQUEST_FORM_PATH = { en: "/en/request-a-session", es: "/es/solicitar-una-reunion" } as const;

/** Every public page in a language, with a scheduled and a cancelled meeting page, the partners' directory, a partner page, the answered questions, "What we have done" and the request form among them. */
export async function publicPaths(page: Page, locale: TestLocale): Promise<string[]> {
  const meeting = await firstMeetingPath(page, locale);
  const cancelled = await cancelledMeetingPath(page, locale);
  return locale === "en"
    ? [
        "/en",
        "/en?lang=es",
        meeting,
        cancelled,
        "/en/partners",
        partnerPath("en"),
        "/en/archive",
        "/en/what-to-know",
        "/en/what-to-know/history",
        "/en/questions",
        "/en/what-we-have-done",
        REQUEST_FORM_PATH.en,
        "/en/no-such-page",
      ]
    : [
        "/es",
        "/es?lang=es",
        meeting,
        cancelled,
        "/es/socios",
        partnerPath("es"),
        "/es/archivo",
        "/es/que-saber",
        "/es/que-saber/historial",
        "/es/preguntas",
        "/es/lo-que-hemos-hecho",
        REQUEST_FORM_PATH.es,
        "/es/no-existe",
      ];
}
