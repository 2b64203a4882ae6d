import { expect, type APIRequestContext, type Page } from "@playwright/test";
import Parser from "rss-parser";
import { formatMeetingWhen } from "@/lib/time/format";
import { parseIcs } from "../../support/ical";

/** Page objects and public checks for drafts, review and scheduled publishing (drafts-and-publishing.spec.ts, servers/multi-instance.spec.ts). */

export const SERIES_SLUG = "dpd-community-outreach";

/** The public places that list a meeting (the listing, the feeds, the widget, the series calendar), as paths. */
export const LISTING_PATHS = [
  "/es",
  "/en",
  "/feeds/es/upcoming.xml",
  "/embed/es",
  `/ics/es/series/${SERIES_SLUG}.ics`,
] as const;

/**
 * Every public place a meeting could show up, fetched without a session as
 * a resident would, from `origin` (an instance's address; "" for the page's
 * own): which of them show it (by address or by listing).
 */
export async function publicSightings(
  request: APIRequestContext,
  slug: string,
  title: string,
  origin = "",
): Promise<string[]> {
  const byAddress = [
    `/es/reuniones/${slug}`,
    `/en/meetings/${slug}`,
    `/ics/es/${slug}`,
    `/og/es/${slug}.png`,
    `/qr/es/meeting/${slug}.svg`,
    `/flyer/meeting/${slug}`,
  ];
  const seen: string[] = [];
  for (const path of byAddress) if ((await request.get(`${origin}${path}`)).status() !== 404) seen.push(path);
  for (const path of LISTING_PATHS) {
    const body = (await (await request.get(`${origin}${path}`)).text()).replace(/\r?\n[ \t]/g, "");
    if (body.includes(slug) || body.includes(title)) seen.push(path);
  }
  return seen;
}

/** The draft's public address, read from its preview (the share section's address to copy; its links wait for publishing). */
export async function slugFromPreview(page: Page): Promise<string> {
  const address = await page.locator("main #share-url").inputValue();
  const slug = /\/(?:es\/reuniones|en\/meetings)\/([a-z0-9-]+)$/.exec(address)?.[1];
  expect(slug, address || "no address to copy").toBeTruthy();
  return slug!;
}

/** The demo series' edit page. */
export async function seriesEditPath(page: Page): Promise<string> {
  await page.goto("/es/admin/series");
  const href = await page
    .locator("main table tbody tr", { hasText: "Policía de Dallas" })
    .first()
    .locator("a")
    .first()
    .getAttribute("href");
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
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Chicago",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}`, at };
}

export type MeetingOnSurfaces = { id: string; slug: string; titleEs: string; venueSlug: string };
export type Slot = { startsAt: Date; endsAt: Date };

/**
 * A GET's body, sent again once when the kept-alive connection it went out
 * on was being closed by the server at that instant (ECONNRESET before any
 * answer), as a browser or a calendar app does for a request that changes
 * nothing. The test waits seconds between its reads, the server closes
 * idle connections after 5 s (lib/server-process/server.mjs), and Playwright's
 * client reuses them without retrying.
 */
async function getText(request: APIRequestContext, path: string): Promise<string> {
  try {
    return await (await request.get(path)).text();
  } catch (error) {
    if (!String(error).includes("ECONNRESET")) throw error;
    return (await request.get(path)).text();
  }
}

/**
 * What a resident without a session reads of one meeting, in Spanish, on
 * every public surface (the listing, its page, its calendar file, the
 * series calendar, RSS, its place's widget): which of two slots each one
 * gives ("old", "new" or "neither"), and " cancelled" where it says so.
 * `resident` is a page in a browser context with no staff cookie.
 */
export async function whatResidentsRead(
  resident: Page,
  request: APIRequestContext,
  meeting: MeetingOnSurfaces,
  slots: Record<"old" | "new", Slot>,
): Promise<Record<string, string>> {
  const which = (iso: string | null | undefined) =>
    Object.entries(slots).find(([, slot]) => slot.startsAt.toISOString() === iso)?.[0] ?? "neither";
  const flag = (cancelled: boolean) => (cancelled ? " cancelled" : "");
  const read: Record<string, string> = {};

  await resident.goto("/es");
  const card = resident.locator("main article", { hasText: meeting.titleEs });
  await expect(card).toHaveCount(1);
  read.listing =
    which(await card.locator("time").first().getAttribute("datetime")) +
    flag((await card.getAttribute("data-status")) === "CANCELLED");

  await resident.goto(`/es/reuniones/${meeting.slug}`);
  const article = resident.locator("main article[data-status]");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(meeting.titleEs);
  read.page =
    which(await article.locator("time").first().getAttribute("datetime")) +
    flag((await article.getAttribute("data-status")) === "CANCELLED");

  const fromCalendar = async (path: string) => {
    const event = parseIcs(await getText(request, path)).events.find(
      (candidate) => candidate.uid === `${meeting.id}@encuentros`,
    );
    return event
      ? which(event.startDate.toJSDate().toISOString()) +
          flag(event.component.getFirstPropertyValue("status") === "CANCELLED")
      : "missing";
  };
  read.meetingIcs = await fromCalendar(`/ics/es/${meeting.slug}`);
  read.seriesIcs = await fromCalendar(`/ics/es/series/${SERIES_SLUG}.ics`);

  const feed = await new Parser().parseString(await getText(request, "/feeds/es/upcoming.xml"));
  const feedItems = feed.items.filter((item) => item.link?.endsWith(`/es/reuniones/${meeting.slug}`));
  expect(feedItems, "one RSS item for the meeting").toHaveLength(1);
  const content = feedItems[0]!.content ?? "";
  const rssSlot =
    Object.entries(slots).find(([, slot]) =>
      content.includes(formatMeetingWhen(slot.startsAt, slot.endsAt, "es")),
    )?.[0] ?? "neither";
  read.rss = rssSlot + flag(content.includes("Esta reunión se canceló."));

  // Fetched, not opened: a partner's page may keep the frame for a few minutes (its Cache-Control), a fresh fetch may not.
  const widget = await getText(request, `/embed/es/venue/${meeting.venueSlug}`);
  const items = [...widget.matchAll(/<li( class="cancelled")?>([\s\S]*?)<\/li>/g)].filter((match) =>
    match[2]!.includes(meeting.titleEs),
  );
  expect(items, "one widget item for the meeting").toHaveLength(1);
  read.widget = which(/<time datetime="([^"]+)"/.exec(items[0]![2]!)?.[1]) + flag(Boolean(items[0]![1]));
  return read;
}

/** Every surface whatResidentsRead looks at, reading `value`. */
export function everywhere(value: string): Record<string, string> {
  return Object.fromEntries(
    ["listing", "page", "meetingIcs", "seriesIcs", "rss", "widget"].map((surface) => [surface, value]),
  );
}
