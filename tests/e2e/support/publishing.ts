import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** Page objects and public checks for drafts, review and scheduled publishing (drafts-and-publishing.spec.ts, servers/multi-instance.spec.ts). */

export const SERIES_SLUG = "dpd-community-outreach";

/** The public places that list a meeting (the listing, the feeds, the widget, the series calendar), as paths. */
export const LISTING_PATHS = ["/es", "/en", "/feeds/es/upcoming.xml", "/embed/es", `/ics/es/series/${SERIES_SLUG}.ics`] as const;

/**
 * Every public place a meeting could show up, fetched without a session as
 * a resident would, from `origin` (an instance's address; "" for the page's
 * own): which of them show it (by address or by listing).
 */
export async function publicSightings(request: APIRequestContext, slug: string, title: string, origin = ""): Promise<string[]> {
  const byAddress = [`/es/reuniones/${slug}`, `/en/meetings/${slug}`, `/ics/es/${slug}`, `/og/es/${slug}.png`, `/qr/es/meeting/${slug}.svg`, `/flyer/meeting/${slug}`];
  const seen: string[] = [];
  for (const path of byAddress) if ((await request.get(`${origin}${path}`)).status() !== 404) seen.push(path);
  for (const path of LISTING_PATHS) {
    const body = (await (await request.get(`${origin}${path}`)).text()).replace(/\r?\n[ \t]/g, "");
    if (body.includes(slug) || body.includes(title)) seen.push(path);
  }
  return seen;
}

/** The draft's public address, read from its preview (the calendar link carries it). */
export async function slugFromPreview(page: Page): Promise<string> {
  const href = await page.locator('main a[href^="/ics/"]').first().getAttribute("href");
  const slug = /^\/ics\/(?:es|en)\/([a-z0-9-]+)$/.exec(href ?? "")?.[1];
  expect(slug, href ?? "no calendar link").toBeTruthy();
  return slug!;
}

/** The demo series' edit page. */
export async function seriesEditPath(page: Page): Promise<string> {
  await page.goto("/es/admin/series");
  const href = await page.locator("main table tbody tr", { hasText: "Policía de Dallas" }).first().locator("a").first().getAttribute("href");
  expect(href).toMatch(/^\/es\/admin\/series\/[a-z0-9]+$/);
  return href!;
}

export async function setReviewRequired(page: Page, path: string, required: boolean): Promise<void> {
  await page.goto(path);
  const box = page.getByLabel("La reunión de un editor espera aprobación antes de publicarse");
  await box.setChecked(required);
  await expect(box).toBeChecked({ checked: required });
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  // Seen once past the default 5 s on a loaded two-core machine, with two app instances and a test run beside them.
  await expect(page).toHaveURL(/\/es\/admin\/series\?saved=/, { timeout: 15_000 });
}

/**
 * The soonest time the review form (minute precision) can honestly ask
 * for: the next whole minute in Dallas at least 20 seconds away, so the
 * approval is saved before that minute begins. As the form's date and time,
 * and as the instant.
 */
export function nextWholeMinute(): { date: string; time: string; at: Date } {
  const at = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}`, at };
}
