import { expect, type Page } from "@playwright/test";

export const LOCALES = ["en", "es"] as const;
export type TestLocale = (typeof LOCALES)[number];

/** Path of the first upcoming meeting's page, read from the listing. */
export async function firstMeetingPath(page: Page, locale: TestLocale): Promise<string> {
  await page.goto(`/${locale}`);
  const link = page.locator("main article h3 a").first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  expect(href).toMatch(locale === "en" ? /^\/en\/meetings\/[a-z0-9-]+$/ : /^\/es\/reuniones\/[a-z0-9-]+$/);
  return href!;
}

/** Every public page in a language, with a meeting page among them. */
export async function publicPaths(page: Page, locale: TestLocale): Promise<string[]> {
  const meeting = await firstMeetingPath(page, locale);
  return locale === "en"
    ? ["/en", "/en?lang=es", meeting, "/en/archive", "/en/what-to-know", "/en/no-such-page"]
    : ["/es", "/es?lang=es", meeting, "/es/archivo", "/es/que-saber", "/es/no-existe"];
}
