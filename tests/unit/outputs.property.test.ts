import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseHtml, parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { meetingToIcs } from "@/lib/calendar/ics";
import { meetingsToIcsFeed } from "@/lib/calendar/ics-feed";
import { renderWidgetHtml } from "@/lib/embed/widget-html";
import { upcomingMeetingsToRss } from "@/lib/feeds/upcoming-rss";
import type { FlyerColumn } from "@/lib/flyer/flyer-content";
import { renderFlyerHtml } from "@/lib/flyer/flyer-html";
import { jsonLdScriptContent, meetingJsonLd } from "@/lib/meetings/json-ld";
import type { PublicMeeting } from "@/lib/meetings/public-meeting";
import { parseIcs } from "@/tests/support/ical";
import { buildPublicMeeting } from "@/tests/support/meeting-factory";

/**
 * Every text staff can save goes out through every public output: RSS (the
 * `feed` library), calendar files (the `ics` library and our feed), the
 * meeting page's JSON-LD, the partners' widget and the flyer. Whatever the
 * text, each output must stay one well-formed document that a real parser
 * reads back as one item with one link, with the text as saved, or as the
 * one documented cleaning (lib/text/plain-text.ts publicText) leaves it.
 * Each output is parsed as it travels: encoded as UTF-8, then decoded.
 */

const RUNS = { numRuns: 1000 };
// A thousand documents built and parsed per output: seconds, not the default 5 s, on a busy machine.
const SLOW = { timeout: 120_000 };
const PAGE_URL = "https://encuentros.example/es/reuniones/reunion-2027-01-28";
const FEED_URL = "https://encuentros.example/feeds/es/upcoming.xml";

// Pieces that have broken (or could break) an output: CDATA ends, markup that closes the element around it,
// line breaks of each kind, NUL and other controls, lone surrogate halves, direction overrides, iCalendar syntax.
const FRAGMENTS = [
  "]]>",
  "]]",
  "]",
  ">",
  "<![CDATA[",
  "x]]>y]]></title><link>http://evil.example/</link><title><![CDATA[z",
  "</script>",
  "<script>alert(1)</script>",
  "<!--",
  "-->",
  "</li><li>",
  '<a href="http://evil.example/">',
  "</h2>",
  "</title>",
  "&",
  "&amp;",
  "&#0;",
  "&lt;",
  '"',
  "'",
  "\r",
  "\n",
  "\r\n",
  "\n\r",
  "\t",
  "\0",
  "\u0001",
  "\u0008",
  "\u000B",
  "\u000C",
  "\u001B",
  "\u001F",
  "\u007F",
  "\u0085",
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
  "\uD83D\uDE00",
  "\u202E",
  "\u202D",
  "\u202A",
  "\u2066",
  "\u2067",
  "\u2069",
  "\u200F",
  "\u200E",
  "\uFEFF",
  "\u2028",
  "\u2029",
  "\u2028BEGIN:VEVENT\u2029",
  "\uFFFE",
  "\uFFFF",
  "\uFFFD",
  ";",
  ",",
  "\\",
  "\\n",
  "\\,",
  ":",
  "BEGIN:VEVENT",
  "END:VEVENT",
  "END:VCALENDAR",
  "SUMMARY:evil",
  "é",
  "ñ",
  "e\u0301",
  "😀",
  "👩🏽‍🚒",
  "مرحبا",
  "שלום",
] as const;
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  // Long runs cross the 75-octet fold of calendar lines, in multi-byte characters too.
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.constantFrom("a", "é", "😀", "]", ">", "\n"), minLength: 60, maxLength: 160 }),
  },
);
const text = fc.array(piece, { minLength: 1, maxLength: 10 }).map((parts) => parts.join(""));
/** What a meeting's saved text could be; a title is never empty once cleaned (the form requires one). */
const savedTexts = fc.record({
  title: text.filter((value) => expected(value).trim() !== ""),
  description: text,
  venueName: text,
  statusNote: text,
});

/**
 * The documented cleaning, written out independently: the characters no
 * output can carry are dropped (NUL and other C0 controls but tab and line
 * breaks, U+FFFE, U+FFFF, surrogate halves without their pair), and every
 * line break (CR LF, or a lone CR) becomes LF.
 */
function expected(value: string): string {
  return value
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "",
    )
    .replace(/\r\n?/g, "\n");
}

/** As the response body travels: UTF-8 bytes, read back. */
const overTheWire = (body: string) => new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(body, "utf8"));

function meetingWith(
  saved: { title: string; description: string; venueName: string; statusNote: string },
  status: PublicMeeting["status"] = "SCHEDULED",
): PublicMeeting {
  return buildPublicMeeting({
    title: saved.title,
    description: saved.description,
    statusNote: saved.statusNote,
    status,
    venue: { name: saved.venueName },
  });
}

// ── XML ──
// XML 1.0's Char production: a document holding anything else is not XML, whatever a lenient parser makes of it.
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const xml = new XMLParser({
  ignoreAttributes: false,
  trimValues: false,
  parseTagValue: false,
  processEntities: true,
  isArray: (name) => ["item", "title", "link", "description"].includes(name),
});

type RssItem = { title?: string[]; link?: string[]; description?: string[] };

function rssItems(body: string): RssItem[] {
  const wire = overTheWire(body);
  expect(wire).not.toMatch(NOT_XML_CHAR);
  expect(XMLValidator.validate(wire)).toBe(true);
  const items = xml.parse(wire).rss.channel.item as RssItem[] | undefined;
  return items ?? [];
}

// ── HTML ──
type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];

function elements(node: Node, tag: string): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ("tagName" in current && current.tagName === tag) found.push(current);
    const children =
      "content" in current && current.tagName === "template"
        ? current.content.childNodes
        : "childNodes" in current
          ? current.childNodes
          : [];
    for (const child of children) visit(child);
  };
  visit(node);
  return found;
}

function textOf(node: Node, skip: (element: Element) => boolean = () => false): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  if ("tagName" in node && skip(node)) return "";
  return "childNodes" in node ? node.childNodes.map((child) => textOf(child, skip)).join("") : "";
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const isScreenReaderNote = (element: Element) => attribute(element, "class") === "sr-only";

describe("every output survives any saved text (property-based, 1000 texts each)", SLOW, () => {
  it("RSS: one well-formed item with one link, whose title and description read back as saved", () => {
    fc.assert(
      fc.property(savedTexts, (saved) => {
        const body = upcomingMeetingsToRss([meetingWith(saved)], {
          locale: "es",
          feedUrl: FEED_URL,
          listingUrl: "https://encuentros.example/es",
          meetingPageUrl: () => PAGE_URL,
          now: new Date("2027-01-10T18:00:00Z"),
        });
        const items = rssItems(body);
        expect(items).toHaveLength(1);
        expect(items[0]!.link).toEqual([PAGE_URL]);
        expect(items[0]!.title).toEqual([expected(saved.title)]);
        expect(items[0]!.description).toHaveLength(1);
        // The description is HTML: its paragraphs as a feed reader shows them, the saved description last.
        const paragraphs = elements(parseFragment(items[0]!.description![0]!), "p").map((p) => textOf(p));
        if (saved.description) expect(paragraphs.at(-1)).toBe(expected(saved.description));
        expect(paragraphs.join("\n")).toContain(expected(saved.venueName));
      }),
      RUNS,
    );
  });

  it("iCalendar: one event (in a meeting's file and in a feed) whose summary, description and place read back as saved", () => {
    fc.assert(
      fc.property(
        savedTexts,
        fc.constantFrom("SCHEDULED", "CANCELLED") as fc.Arbitrary<PublicMeeting["status"]>,
        (saved, status) => {
          const meeting = meetingWith(saved, status);
          const files = [
            meetingToIcs(meeting, "es", PAGE_URL),
            meetingsToIcsFeed([meeting], {
              name: saved.venueName,
              description: saved.description,
              feedUrl: FEED_URL,
              pageUrl: "https://encuentros.example/es",
              locale: "es",
              meetingPageUrl: () => PAGE_URL,
            }),
          ];
          for (const file of files) {
            const wire = overTheWire(file);
            expect(wire.split("\r\n").filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
            const { events } = parseIcs(wire);
            expect(events).toHaveLength(1);
            const [event] = events;
            expect(event!.summary).toBe(
              status === "CANCELLED" ? `CANCELADA: ${expected(saved.title)}` : expected(saved.title),
            );
            expect(event!.component.getAllProperties("url").map((url) => url.getFirstValue())).toEqual([PAGE_URL]);
            expect(event!.location.startsWith(`${expected(saved.venueName)}, `)).toBe(true);
            if (expected(saved.description) !== "") expect(event!.description).toContain(expected(saved.description));
            if (status === "CANCELLED" && expected(saved.statusNote) !== "")
              expect(event!.description).toContain(expected(saved.statusNote));
          }
        },
      ),
      RUNS,
    );
  });

  it("JSON-LD: one script block on the page that JSON.parse reads back with the name and description as saved", () => {
    fc.assert(
      fc.property(savedTexts, (saved) => {
        const meeting = meetingWith(saved);
        const page = `<!doctype html><html lang="es"><head><title>x</title></head><body><main><h1>x</h1><script type="application/ld+json">${jsonLdScriptContent(meetingJsonLd(meeting, "es", PAGE_URL))}</script><p>after</p></main></body></html>`;
        const document = parseHtml(overTheWire(page));
        const scripts = elements(document, "script");
        expect(scripts).toHaveLength(1);
        expect(textOf(elements(document, "main")[0]!, (element) => element.tagName === "script")).toBe("xafter");
        const data = JSON.parse(textOf(scripts[0]!)) as {
          name: string;
          description: string;
          url: string;
          location: { name: string };
        };
        expect(data.name).toBe(expected(saved.title));
        expect(data.url).toBe(PAGE_URL);
        expect(data.location.name).toBe(expected(saved.venueName));
        if (expected(saved.description) !== "") expect(data.description).toBe(expected(saved.description));
      }),
      RUNS,
    );
  });

  it("the widget: one list item with one link, whose title, note and place read back as saved", () => {
    fc.assert(
      fc.property(savedTexts, fc.boolean(), (saved, cancelled) => {
        const html = renderWidgetHtml({
          locale: "es",
          heading: expected(saved.venueName),
          items: [
            {
              title: saved.title,
              url: PAGE_URL,
              startsAt: new Date("2027-01-29T00:00:00.000Z"),
              when: "jueves 28 de enero",
              place: saved.venueName,
              cancelled,
              statusLine: saved.statusNote,
            },
          ],
          emptyText: "Ninguna",
          opensInNewTab: "(se abre en una pestaña nueva)",
          seeAll: { label: "Ver todas", url: "https://encuentros.example/es" },
        });
        const document = parseHtml(overTheWire(html));
        const items = elements(document, "li");
        expect(items).toHaveLength(1);
        expect(elements(document, "script")).toHaveLength(0);
        const links = elements(items[0]!, "a");
        expect(links.map((link) => attribute(link, "href"))).toEqual([PAGE_URL]);
        expect(textOf(links[0]!, isScreenReaderNote)).toBe(expected(saved.title));
        const lines = elements(items[0]!, "p").map((p) => textOf(p, isScreenReaderNote));
        expect(lines).toEqual([
          expected(saved.title),
          ...(saved.statusNote ? [expected(saved.statusNote)] : []),
          "jueves 28 de enero",
          ...(saved.venueName ? [expected(saved.venueName)] : []),
        ]);
        expect(textOf(elements(document, "h1")[0]!)).toBe(expected(saved.venueName));
      }),
      RUNS,
    );
  });

  it("the flyer: its title, heading, place and note read back as saved, in both columns", () => {
    fc.assert(
      fc.property(savedTexts, (saved) => {
        const column = (locale: "es" | "en"): FlyerColumn => ({
          locale,
          heading: "Reunión comunitaria",
          title: saved.title,
          cancelled: { label: "Cancelada", note: saved.statusNote },
          when: { label: "Cuándo", day: "jueves 28 de enero", time: "6:00 p. m.", title: null },
          facts: [{ label: "Dónde", lines: [saved.venueName, "100 Demo Street"] }],
          sessions: null,
          promisesHeading: "Promesas",
          promises: [saved.description],
          free: "Gratis.",
          scan: "Escanee:",
          url: PAGE_URL,
        });
        const html = renderFlyerHtml(
          { kind: "meeting", slug: "x", documentTitle: saved.title, columns: [column("es"), column("en")] },
          ["", ""],
          { pdf: "/flyer/meeting/x.pdf", pages: [] },
        );
        const document = parseHtml(overTheWire(html));
        expect(textOf(elements(document, "title")[0]!)).toBe(expected(saved.title));
        expect(elements(document, "script")).toHaveLength(0);
        const sections = elements(document, "section");
        expect(sections).toHaveLength(2);
        for (const section of sections) {
          expect(elements(section, "h2").map((h2) => textOf(h2))).toEqual([expected(saved.title)]);
          expect(textOf(section)).toContain(expected(saved.venueName));
          expect(
            elements(section, "ul")
              .flatMap((list) => elements(list, "li"))
              .map((li) => textOf(li)),
          ).toEqual([expected(saved.description)]);
        }
      }),
      RUNS,
    );
  });
});
