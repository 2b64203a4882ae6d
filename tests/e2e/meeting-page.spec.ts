import { expect, test } from "@playwright/test";
import { fetchCalendarFile, readDownloadedCalendarFile } from "./support/calendar-file";
import {
  compactUtc,
  dallasClock,
  MEETING_TEXT,
  meetingPath,
  openListedMeeting,
  plainText,
  readJsonLd,
} from "./support/meeting-pages";
import { LOCALES } from "./support/public-pages";

for (const locale of LOCALES) {
  const text = MEETING_TEXT[locale];

  test.describe(`meeting page in ${locale}`, () => {
    test("says when in Dallas time, where, in which language, who hosts, what help there is and what it is about", async ({
      page,
    }) => {
      // The device is in Tokyo: only Central time may reach the page.
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("Asia/Tokyo");
      const listed = await openListedMeeting(page, locale);
      const dallas = dallasClock(listed.startsAt, locale);

      const when = page.getByRole("definition").filter({ has: page.locator("time") });
      await expect(when).toHaveCount(1);
      await expect(when.locator("time")).toHaveAttribute("datetime", listed.startsAt.toISOString());
      await expect(when.locator("time")).toHaveText(listed.day);
      expect(plainText(await when.innerText())).toBe(`${listed.day} ${listed.time}`);
      // Checked against the clock in Dallas, not only against the listing.
      expect(listed.day).toContain(dallas.weekday);
      expect(listed.day).toContain(dallas.dayOfMonth);
      expect(listed.time.startsWith(dallas.time)).toBe(true);
      expect(listed.time).toContain(dallas.meridiem);
      await expect(page.getByRole("term").filter({ hasText: text.when })).toBeVisible();

      await expect(page.getByRole("term").filter({ hasText: text.where })).toBeVisible();
      await expect(page.getByRole("definition").filter({ hasText: listed.venue }).first()).toBeVisible();
      await expect(page.getByRole("definition").filter({ hasText: listed.address })).toContainText(text.demoAddress);
      await expect(page.getByRole("term").filter({ hasText: text.language })).toBeVisible();
      await expect(page.getByRole("definition").filter({ hasText: listed.languages })).toBeVisible();
      await expect(page.getByRole("term").filter({ hasText: text.host })).toBeVisible();
      await expect(page.getByRole("definition").filter({ hasText: /^(Lt\.|Sgt\.|Officer) \S+/ })).toBeVisible();

      const access = page.getByRole("region", { name: text.access });
      await expect(access).toContainText(text.wheelchair);
      const about = page.getByRole("region", { name: text.about });
      await expect(about).toContainText(locale === "en" ? "Officers explain" : "Los oficiales explican");
      await expect(page.getByRole("complementary", { name: text.promises })).toBeVisible();
    });

    test("directions links open the address on three map sites without telling them where the visitor came from", async ({
      page,
    }) => {
      const listed = await openListedMeeting(page, locale);
      const links = page.getByRole("region", { name: text.directions }).getByRole("link");
      await expect(links).toHaveCount(3);
      const expectedHosts = ["www.google.com", "maps.apple.com", "www.openstreetmap.org"];
      for (const [index, link] of (await links.all()).entries()) {
        await expect(link).toHaveAttribute("rel", /\bnoreferrer\b/);
        const href = new URL((await link.getAttribute("href"))!);
        expect(href.protocol).toBe("https:");
        expect(href.hostname).toBe(expectedHosts[index]);
        if (href.hostname === "www.google.com") expect(href.pathname).toMatch(/^\/maps\//);
        expect(href.search).toContain(encodeURIComponent(listed.address));
      }
    });

    test("Google Calendar and Outlook links carry the meeting's start and end in UTC", async ({ page }) => {
      const listed = await openListedMeeting(page, locale);
      const end = new Date(String((await readJsonLd(page)).endDate));
      expect(end.getTime()).toBeGreaterThan(listed.startsAt.getTime());

      const google = page.getByRole("link", { name: "Google Calendar" });
      await expect(google).toHaveAttribute("rel", /\bnoreferrer\b/);
      const googleUrl = new URL((await google.getAttribute("href"))!);
      expect(googleUrl.origin).toBe("https://calendar.google.com");
      expect(googleUrl.searchParams.get("dates")).toBe(`${compactUtc(listed.startsAt)}/${compactUtc(end)}`);
      expect(googleUrl.searchParams.get("text")).toBe(listed.title);
      expect(googleUrl.searchParams.get("location")).toContain(listed.address);

      const outlook = page.getByRole("link", { name: "Outlook" });
      await expect(outlook).toHaveAttribute("rel", /\bnoreferrer\b/);
      const outlookUrl = new URL((await outlook.getAttribute("href"))!);
      expect(outlookUrl.hostname).toBe("outlook.live.com");
      expect(outlookUrl.searchParams.get("startdt")).toBe(listed.startsAt.toISOString().replace(".000Z", "Z"));
      expect(outlookUrl.searchParams.get("enddt")).toBe(end.toISOString().replace(".000Z", "Z"));
      expect(outlookUrl.searchParams.get("subject")).toBe(listed.title);
    });

    test("the calendar file is this meeting, in the page's language", async ({ page, request }) => {
      const listed = await openListedMeeting(page, locale);
      const link = page.getByRole("link", { name: text.downloadIcs });
      await expect(link).toHaveAttribute("href", `/ics/${locale}/${listed.slug}`);
      const file = await fetchCalendarFile(request, (await link.getAttribute("href"))!);

      expect(file.method).toBe("PUBLISH");
      expect(file.uid).toMatch(/^\S+@encuentros$/);
      expect(file.start.getTime()).toBe(listed.startsAt.getTime());
      expect(file.end.getTime()).toBe(new Date(String((await readJsonLd(page)).endDate)).getTime());
      expect(file.summary).toBe(listed.title);
      expect(file.location).toContain(listed.venue);
      expect(file.location).toContain(listed.address);
      expect(file.location).toContain(text.demoAddress);
      expect(file.status).toBe("CONFIRMED");
      expect(new URL(file.url).pathname).toBe(listed.path);

      // The other language's file is the same event, so a calendar never holds it twice.
      const other = locale === "en" ? "es" : "en";
      const otherFile = await fetchCalendarFile(request, `/ics/${other}/${listed.slug}`);
      expect(otherFile.uid).toBe(file.uid);
      expect(otherFile.summary).not.toBe(file.summary);
    });

    test("a cancelled session says so with its note, and its calendar file cancels the event", async ({
      page,
      request,
    }) => {
      const listed = await openListedMeeting(page, locale, "cancelled");
      expect(listed.note).toMatch(/funeral/);
      await expect(page.locator("main article")).toHaveAttribute("data-status", "CANCELLED");
      await expect(page.locator("main header").getByText(text.cancelled, { exact: true })).toBeVisible();
      await expect(page.getByText(`${text.note}: ${listed.note}`)).toBeVisible();
      await expect(page.getByRole("definition").filter({ has: page.locator("time") })).toContainText(listed.time);

      // Google and Outlook could only add a new event; the .ics updates the one already there.
      await expect(page.getByRole("link", { name: "Google Calendar" })).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Outlook" })).toHaveCount(0);
      const update = page.getByRole("link", { name: text.updateCalendar });
      await expect(update).toHaveAttribute("href", `/ics/${locale}/${listed.slug}`);
      const file = await fetchCalendarFile(request, (await update.getAttribute("href"))!);
      expect(file.status).toBe("CANCELLED");
      expect(file.sequence).toBeGreaterThanOrEqual(1);
      expect(file.summary).toBe(`${text.cancelledSummary}${listed.title}`);
      expect(file.description).toContain(listed.note!);
      expect(file.start.getTime()).toBe(listed.startsAt.getTime());

      expect((await readJsonLd(page)).eventStatus).toBe("https://schema.org/EventCancelled");
    });

    test("structured data describes the event in Dallas time", async ({ page }) => {
      const listed = await openListedMeeting(page, locale);
      const data = await readJsonLd(page);
      expect(data["@context"]).toBe("https://schema.org");
      expect(data["@type"]).toBe("Event");
      expect(data.name).toBe(listed.title);
      const startDate = String(data.startDate);
      expect(startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[56]:00$/);
      // The offset Dallas really has on that date (CST or CDT), and the same instant.
      expect(startDate.endsWith(dallasClock(listed.startsAt, locale).offset)).toBe(true);
      expect(new Date(startDate).getTime()).toBe(listed.startsAt.getTime());
      expect(String(data.endDate)).toMatch(/-0[56]:00$/);
      expect(data.eventStatus).toBe("https://schema.org/EventScheduled");
      expect(data.location.address["@type"]).toBe("PostalAddress");
      expect(listed.address).toContain(data.location.address.streetAddress);
      expect(data.location.address.addressLocality).toBe("Dallas");
      expect(new URL(String(data.url)).pathname).toBe(listed.path);
    });

    test("canonical, hreflang and sharing tags point at this meeting in this language", async ({ page }) => {
      const listed = await openListedMeeting(page, locale);
      const pathOf = async (selector: string) => {
        const element = page.locator(selector);
        await expect(element).toHaveCount(1);
        return new URL((await element.getAttribute("href"))!).pathname;
      };
      expect(await pathOf('link[rel="canonical"]')).toBe(meetingPath(locale, listed.slug));
      expect(await pathOf('link[rel="alternate"][hreflang="en"]')).toBe(meetingPath("en", listed.slug));
      expect(await pathOf('link[rel="alternate"][hreflang="es"]')).toBe(meetingPath("es", listed.slug));
      // Spanish is the site's default language.
      expect(await pathOf('link[rel="alternate"][hreflang="x-default"]')).toBe(meetingPath("es", listed.slug));

      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", listed.title);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", text.ogLocale);
      expect(await page.locator('meta[property="og:description"]').getAttribute("content")).toContain(listed.venue);
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
        "content",
        new RegExp(`${meetingPath(locale, listed.slug)}$`),
      );
      // The Open Graph image makes the link preview a large card.
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
        "content",
        new RegExp(`/og/${locale}/${listed.slug}\\.png`),
      );
      await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute("content", listed.title);
    });
  });
}

test("the language switch keeps the visitor on the same meeting", async ({ page }) => {
  const listed = await openListedMeeting(page, "es");
  await page.getByRole("link", { name: MEETING_TEXT.es.switchLanguage }).click();
  await expect(page).toHaveURL(new RegExp(`${meetingPath("en", listed.slug)}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Community meeting with Dallas Police" })).toBeVisible();
  await expect(page.locator("main time").first()).toHaveAttribute("datetime", listed.startsAt.toISOString());

  await page.getByRole("link", { name: MEETING_TEXT.en.switchLanguage }).click();
  await expect(page).toHaveURL(new RegExp(`${listed.path}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});

test.describe("meeting page without JavaScript", () => {
  test.use({ javaScriptEnabled: false, acceptDownloads: true });

  test("renders fully, downloads its calendar file and switches language", async ({ page }) => {
    const text = MEETING_TEXT.es;
    const listed = await openListedMeeting(page, "es");
    await expect(page.getByRole("definition").filter({ has: page.locator("time") })).toContainText(listed.time);
    await expect(page.getByRole("definition").filter({ hasText: listed.address })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: listed.languages })).toBeVisible();
    await expect(page.getByRole("region", { name: text.access })).toContainText(text.wheelchair);
    await expect(page.getByRole("region", { name: text.directions }).getByRole("link")).toHaveCount(3);
    await expect(page.getByRole("link", { name: "Google Calendar" })).toBeVisible();
    await expect(page.getByRole("complementary", { name: text.promises })).toBeVisible();
    expect((await readJsonLd(page))["@type"]).toBe("Event");

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: text.downloadIcs }).click();
    const file = await readDownloadedCalendarFile(await downloading);
    expect(file.method).toBe("PUBLISH");
    expect(file.start.getTime()).toBe(listed.startsAt.getTime());
    expect(file.summary).toBe(listed.title);

    await page.getByRole("link", { name: text.switchLanguage }).click();
    await expect(page).toHaveURL(new RegExp(`${meetingPath("en", listed.slug)}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
