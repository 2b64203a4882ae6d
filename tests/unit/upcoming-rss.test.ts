import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { upcomingMeetingsToRss, type UpcomingRssOptions } from "@/lib/feeds/upcoming-rss";
import type { Locale } from "@/lib/i18n/locales";
import { buildPublicMeeting } from "@/tests/support/meeting-factory";

const parser = new Parser();

function options(locale: Locale): UpcomingRssOptions {
  return {
    locale,
    feedUrl: `https://encuentros.example/feeds/${locale}/upcoming.xml`,
    listingUrl: `https://encuentros.example/${locale}`,
    meetingPageUrl: (meeting) => `https://encuentros.example/${locale}/m/${meeting.slug}`,
    now: new Date("2027-01-10T18:00:00Z"),
  };
}

const scheduled = buildPublicMeeting();
const cancelled = buildPublicMeeting({
  id: "meeting-test-2",
  slug: "familia-bethel-2027-02-04",
  title: "Reunión <especial> & preguntas ]]> fin",
  startsAt: new Date("2027-02-05T00:00:00.000Z"),
  endsAt: new Date("2027-02-05T01:30:00.000Z"),
  status: "CANCELLED",
  statusNote: "El edificio está cerrado.",
  description: "Traiga <script>sus preguntas</script>.",
  version: 2,
  updatedAt: new Date("2027-01-20T10:00:00.000Z"),
});

describe("upcomingMeetingsToRss", () => {
  it("is RSS 2.0 a feed reader understands, in the feed's language", async () => {
    const feed = await parser.parseString(upcomingMeetingsToRss([scheduled, cancelled], options("es")));
    expect(feed.title).toBe("Próximas reuniones comunitarias con la Policía de Dallas");
    expect(feed.link).toBe("https://encuentros.example/es");
    expect(feed.language).toBe("es");
    expect(feed.lastBuildDate).toBe(cancelled.updatedAt.toUTCString());
    expect(feed.items).toHaveLength(2);
  });

  it("gives each item its title, page link, stable guid, and when (Central time) and where in the text", async () => {
    const feed = await parser.parseString(upcomingMeetingsToRss([scheduled], options("en")));
    const [item] = feed.items;
    expect(item?.title).toBe(scheduled.title);
    expect(item?.link).toBe(`https://encuentros.example/en/m/${scheduled.slug}`);
    expect(item?.guid).toBe("meeting-test-1@encuentros");
    expect(item?.contentSnippet?.replace(/\s+/g, " ")).toContain(
      "When: Thursday, January 28 · 6:00 – 7:30 PM (Central time)",
    );
    expect(item?.contentSnippet).toContain(
      "Where: Iglesia Familia Bethel Internacional, 100 Demo Street, Dallas, TX 75211",
    );
  });

  it("marks a cancelled session with its note and keeps its guid; staff text cannot break the XML", async () => {
    const feed = await parser.parseString(upcomingMeetingsToRss([cancelled], options("es")));
    const [item] = feed.items;
    expect(item?.title).toBe("CANCELADA: Reunión <especial> & preguntas ]]> fin");
    expect(item?.guid).toBe("meeting-test-2@encuentros");
    expect(item?.content).toContain("Aviso de los organizadores: El edificio está cerrado.");
    expect(item?.content).toContain("Traiga &lt;script&gt;sus preguntas&lt;/script&gt;.");
    expect(item?.contentSnippet?.replace(/\s+/g, " ")).toContain(
      "Cuándo: jueves 4 de febrero · 6:00 – 7:30 p. m. (hora del centro)",
    );
  });

  it("keeps a title with two CDATA ends one title: one item, one link (issue 25's reproduction)", () => {
    const title = "x]]>y]]></title><link>http://evil.example/</link><title><![CDATA[z";
    const body = upcomingMeetingsToRss([buildPublicMeeting({ title })], options("en"));
    const strict = new XMLParser({
      trimValues: false,
      isArray: (name) => name === "item" || name === "link" || name === "title",
    });
    expect(XMLValidator.validate(body)).toBe(true);
    const items = strict.parse(body).rss.channel.item as { title: string[]; link: string[] }[];
    expect(items).toHaveLength(1);
    expect(items[0]!.link).toEqual(["https://encuentros.example/en/m/familia-bethel-2027-01-28"]);
    expect(items[0]!.title).toEqual([title]);
  });

  it("is a valid empty feed when nothing is announced", async () => {
    const feed = await parser.parseString(upcomingMeetingsToRss([], options("en")));
    expect(feed.items).toEqual([]);
    expect(feed.lastBuildDate).toBe("Sun, 10 Jan 2027 18:00:00 GMT");
  });
});
