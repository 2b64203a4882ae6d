import { expect, test, type APIRequestContext } from "@playwright/test";
import { axeViolations } from "./support/axe";
import Parser from "rss-parser";
import { embedSnippet } from "@/lib/embed/embed-snippet";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { parseIcs } from "../support/ical";
import { MEETING_TEXT } from "./support/meeting-pages";
import { openPartnerPage, withPartnerSite } from "./support/partner-site";
import { firstMeetingPath, LOCALES } from "./support/public-pages";

const VENUE = { slug: "familia-bethel-internacional", name: "Familia Bethel Internacional" };

const FEED_TEXT = {
  en: {
    calendarName: /· Encuentros$/,
    subscribe: "Subscribe in your calendar",
    rssTitle: "Upcoming community meetings with Dallas Police",
    widget: "Upcoming meetings with Dallas Police at",
    newTab: "(opens in a new tab)",
    cancelled: "CANCELLED: ",
  },
  es: {
    calendarName: /· Encuentros$/,
    subscribe: "Suscríbase en su calendario",
    rssTitle: "Próximas reuniones comunitarias con la Policía de Dallas",
    widget: "Próximas reuniones con la Policía de Dallas en",
    newTab: "(se abre en una pestaña nueva)",
    cancelled: "CANCELADA: ",
  },
} as const;

/** A calendar app's poll: 200 with the feed, then 304 when it sends back the ETag. */
async function pollCalendarFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(headers["cache-control"]).toBe("public, max-age=300, s-maxage=1");
  expect(headers["etag"]).toMatch(/^"[\w-]+"$/);
  expect(new Date(headers["last-modified"]!).getTime()).not.toBeNaN();
  expect(headers["set-cookie"]).toBeUndefined();
  // Tests running beside this one publish into the demo series: a feed that
  // changed between two reads rightly answers 200 with a new ETag. So the
  // app's own validators are checked against a read that nothing changed since.
  await expect
    .poll(
      async () => {
        const current = (await request.get(path)).headers();
        const again = await request.get(path, { headers: { "If-None-Match": current["etag"]! } });
        if (again.status() !== 304) {
          expect(again.headers()["etag"], path).not.toBe(current["etag"]);
          return again.status();
        }
        const sinceThen = await request.get(path, { headers: { "If-Modified-Since": current["last-modified"]! } });
        if (sinceThen.status() === 304) expect(await sinceThen.body()).toHaveLength(0);
        else
          expect(Date.parse(sinceThen.headers()["last-modified"]!), path).toBeGreaterThan(
            Date.parse(current["last-modified"]!),
          );
        return sinceThen.status();
      },
      { message: path },
    )
    .toBe(304);
  const olderCopy = new Date(Date.parse(headers["last-modified"]!) - 1000).toUTCString();
  expect((await request.get(path, { headers: { "If-Modified-Since": olderCopy } })).status()).toBe(200);
  expectFoldedAt75Octets(await response.body(), path);
  return parseIcs(await response.text());
}

/** RFC 5545 §3.1: no line of the raw bytes is longer than 75 octets (the Spanish files, full of accents, included). */
function expectFoldedAt75Octets(body: Buffer, path: string) {
  const lines = body.toString("latin1").split("\r\n");
  expect(
    lines.filter((line) => line.length > 75),
    path,
  ).toEqual([]);
  if (path.includes("/es/")) expect(body.toString("utf8"), path).toMatch(/[áéíóúñ]/);
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

for (const locale of LOCALES) {
  const text = FEED_TEXT[locale];

  test.describe(`feeds and widget in ${locale}`, () => {
    test("series and venue calendars are RFC 5545 feeds calendar apps can poll", async ({ request }) => {
      const series = await pollCalendarFeed(request, `/ics/${locale}/series/${DEMO_SERIES_SLUG}.ics`);
      expect(series.calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
      expect(series.calendar.getFirstPropertyValue("name")).toMatch(text.calendarName);
      expect(String(series.calendar.getFirstPropertyValue("refresh-interval"))).toBe("PT1H");
      expect(series.events.length).toBeGreaterThanOrEqual(10);
      const cancelled = series.events.filter(
        (event) => event.component.getFirstPropertyValue("status") === "CANCELLED",
      );
      expect(cancelled.length).toBeGreaterThanOrEqual(1);
      expect(cancelled[0]!.summary.startsWith(text.cancelled)).toBe(true);

      const venue = await pollCalendarFeed(request, `/ics/${locale}/venue/${VENUE.slug}.ics`);
      expect(venue.events.length).toBeGreaterThan(0);
      expect(venue.events.every((event) => event.location.startsWith(VENUE.name))).toBe(true);

      // One session's file, as "add to calendar" downloads it.
      const meetingFile = await request.get(
        `/ics/${locale}/${venue.events[0]!.component.getFirstPropertyValue("url")!.toString().split("/").pop()}`,
      );
      expect(meetingFile.status()).toBe(200);
      expectFoldedAt75Octets(await meetingFile.body(), meetingFile.url());

      const missing = await request.get(`/ics/${locale}/venue/no-such-church.ics`);
      expect(missing.status()).toBe(404);
      expect(missing.headers()["content-type"]).toMatch(/^text\/plain/);
    });

    test("the RSS feed lists upcoming sessions with links to the pages in this language", async ({ request }) => {
      const response = await request.get(`/feeds/${locale}/upcoming.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
      expect(response.headers()["cache-control"]).toBe("public, max-age=300, s-maxage=1");
      const sinceThen = await request.get(`/feeds/${locale}/upcoming.xml`, {
        headers: { "If-Modified-Since": response.headers()["last-modified"]! },
      });
      expect(sinceThen.status()).toBe(304);
      const feed = await new Parser().parseString(await response.text());
      expect(feed.title).toBe(text.rssTitle);
      expect(feed.items.length).toBeGreaterThanOrEqual(10);
      const segment = MEETING_TEXT[locale].segment;
      for (const item of feed.items) {
        expect(item.link).toMatch(new RegExp(`/${locale}/${segment}/[a-z0-9-]+$`));
        expect(item.guid).toMatch(/@encuentros$/);
      }
    });

    test("the listing and meeting pages advertise their feeds; the listing offers webcal and https links", async ({
      page,
      baseURL,
    }) => {
      await page.goto(`/${locale}`);
      const seriesFeed = `${baseURL}/ics/${locale}/series/${DEMO_SERIES_SLUG}.ics`;
      await expect(page.locator('head link[rel="alternate"][type="text/calendar"]')).toHaveAttribute(
        "href",
        seriesFeed,
      );
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
        "href",
        `${baseURL}/feeds/${locale}/upcoming.xml`,
      );
      const block = page.getByRole("region", { name: text.subscribe });
      await expect(block).toBeVisible();
      await expect(block.locator('a[href^="webcal:"]')).toHaveAttribute(
        "href",
        seriesFeed.replace(/^http:/, "webcal:"),
      );
      await expect(block.locator(`a[href="${seriesFeed}"]`)).toBeVisible();

      await page.goto(await firstMeetingPath(page, locale));
      const calendars = page.locator('head link[rel="alternate"][type="text/calendar"]');
      await expect(calendars).toHaveCount(2);
      await expect(calendars.nth(0)).toHaveAttribute("href", seriesFeed);
      await expect(calendars.nth(1)).toHaveAttribute("href", new RegExp(`/ics/${locale}/venue/[a-z0-9-]+\\.ics$`));
    });

    test("the meeting's link preview is a 1200×630 PNG in this language", async ({ page, request }) => {
      await page.goto(await firstMeetingPath(page, locale));
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
      const ogImage = page.locator('meta[property="og:image"]');
      await expect(ogImage).toHaveAttribute("content", new RegExp(`/og/${locale}/[a-z0-9-]+\\.png\\?v=\\d+$`));
      await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
      await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", /\S/);

      const image = await request.get((await ogImage.getAttribute("content"))!);
      expect(image.status()).toBe(200);
      expect(image.headers()["content-type"]).toBe("image/png");
      const png = await image.body();
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.length).toBeGreaterThan(15_000);
    });

    test("the widget shows the venue's sessions inside an iframe on the partner's own site", async ({
      page,
      context,
      baseURL,
    }) => {
      // The snippet the partner page will show, pointing at this server.
      process.env.SITE_URL ??= baseURL;
      await withPartnerSite(embedSnippet({ locale, venue: VENUE }), async (partner) => {
        const foreign: string[] = [];
        page.on("request", (request) => {
          if (![partner.origin, new URL(baseURL!).origin].includes(new URL(request.url()).origin))
            foreign.push(request.url());
        });
        await openPartnerPage(page, partner);
        const frame = page.frameLocator("iframe");
        await expect(frame.locator("html")).toHaveAttribute("lang", locale);
        await expect(frame.getByRole("heading", { level: 1 })).toHaveText(`${text.widget} ${VENUE.name}`);
        const sessions = frame.getByRole("listitem");
        expect(await sessions.count()).toBeGreaterThan(0);
        await expect(sessions.first()).toContainText(MEETING_TEXT[locale].centralTime);
        const link = sessions.first().getByRole("link");
        await expect(link).toHaveAttribute("target", "_blank");
        await expect(link).toHaveAttribute("rel", "noopener");
        await expect(link).toContainText(text.newTab);
        const [meetingPage] = await Promise.all([context.waitForEvent("page"), link.click()]);
        await expect(meetingPage).toHaveURL(new RegExp(`/${locale}/${MEETING_TEXT[locale].segment}/[a-z0-9-]+$`));
        await expect(meetingPage.getByRole("heading", { level: 1 })).toBeVisible();
        expect(foreign).toEqual([]);
        expect(await context.cookies()).toEqual([]);
      });
    });

    test("the widget's default height shows its sessions without scrolling, on a phone-width column", async ({
      page,
      baseURL,
    }) => {
      process.env.SITE_URL ??= baseURL;
      await page.setViewportSize({ width: 360, height: 800 });
      for (const venue of [VENUE, undefined]) {
        await withPartnerSite(embedSnippet({ locale, venue }), async (partner) => {
          await openPartnerPage(page, partner);
          const frame = page.frameLocator("iframe");
          // The demo data has more sessions than the widget shows: it is full.
          await expect(frame.getByRole("listitem")).toHaveCount(4);
          await expect(frame.locator(".more a")).toBeVisible();
          const { scrollHeight, clientHeight } = await frame
            .locator("html")
            .evaluate((html) => ({ scrollHeight: html.scrollHeight, clientHeight: html.clientHeight }));
          expect(scrollHeight, venue ? "venue widget" : "series widget").toBeLessThanOrEqual(clientHeight);
        });
      }
    });

    test("the widget has no axe violations, for a venue and for the whole series", async ({ page }) => {
      for (const path of [`/embed/${locale}/venue/${VENUE.slug}`, `/embed/${locale}`]) {
        const response = await page.goto(path);
        expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors *");
        expect(response?.headers()["x-frame-options"]).toBeUndefined();
        expect(response?.headers()["set-cookie"]).toBeUndefined();
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("listitem").first()).toBeVisible();
        expect(await page.locator("script").count()).toBe(0);
        expect(await axeViolations(page, path)).toEqual([]);
      }
    });
  });
}

test("pages other than the widget refuse to be framed by another site", async ({ page, request, baseURL }) => {
  for (const path of ["/es", "/en/what-to-know", `/ics/es/series/${DEMO_SERIES_SLUG}.ics`]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }

  // The widget next to the listing on the same partner page: the one shows, the other is refused.
  const frames = `<iframe src="${baseURL}/embed/es" title="Widget"></iframe><iframe src="${baseURL}/es" title="Encuentros"></iframe>`;
  await withPartnerSite(frames, async (partner) => {
    const framed = page.waitForResponse(`${baseURL}/es`);
    await openPartnerPage(page, partner);
    expect((await framed).status()).toBe(200);
    await expect(page.frameLocator('iframe[title="Widget"]').getByRole("heading", { level: 1 })).toBeVisible();
    // Chromium received the listing but would not show it inside the partner's site.
    await expect(page.frameLocator('iframe[title="Encuentros"]').locator("main")).toHaveCount(0);
  });
});
