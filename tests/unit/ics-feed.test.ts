import { describe, expect, it } from "vitest";
import { foldContentLine } from "@/lib/calendar/fold";
import { meetingsToIcsFeed, type IcsFeedOptions } from "@/lib/calendar/ics-feed";
import { parseIcs as parse } from "@/tests/support/ical";
import { buildPublicMeeting } from "@/tests/support/meeting-factory";

const OPTIONS: IcsFeedOptions = {
  name: "Reuniones de invierno, 2027 · Encuentros",
  description: "Reuniones comunitarias; con la Policía de Dallas.",
  feedUrl: "https://encuentros.example/ics/es/series/winter-2027.ics",
  pageUrl: "https://encuentros.example/es",
  locale: "es",
  meetingPageUrl: (meeting) => `https://encuentros.example/es/reuniones/${meeting.slug}`,
};

const first = buildPublicMeeting();
const second = buildPublicMeeting({
  id: "meeting-test-2",
  slug: "familia-bethel-2027-02-04",
  startsAt: new Date("2027-02-05T00:00:00.000Z"),
  endsAt: new Date("2027-02-05T01:30:00.000Z"),
  status: "CANCELLED",
  version: 3,
  statusNote: "El edificio está cerrado por reparaciones.",
});

describe("meetingsToIcsFeed", () => {
  it("publishes a named calendar with every meeting, refreshed hourly", () => {
    const ics = meetingsToIcsFeed([first, second], OPTIONS);
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("name")).toBe(OPTIONS.name);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(OPTIONS.name);
    expect(calendar.getFirstPropertyValue("description")).toBe(OPTIONS.description);
    expect(calendar.getFirstProperty("refresh-interval")?.type).toBe("duration");
    expect(String(calendar.getFirstPropertyValue("refresh-interval"))).toBe("PT1H");
    expect(String(calendar.getFirstPropertyValue("x-published-ttl"))).toBe("PT1H");
    expect(calendar.getFirstPropertyValue("source")).toBe(OPTIONS.feedUrl);
    expect(events.map((event) => event.uid)).toEqual(["meeting-test-1@encuentros", "meeting-test-2@encuentros"]);
  });

  it("keeps a cancelled meeting, marked CANCELLED with a higher SEQUENCE", () => {
    const { events } = parse(meetingsToIcsFeed([first, second], OPTIONS));
    const cancelled = events[1]!;
    expect(cancelled.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.sequence).toBe(2);
    expect(cancelled.summary).toMatch(/^CANCELADA: /);
    expect(events[0]!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(events[0]!.sequence).toBe(0);
  });

  it("puts the calendar's own properties before the first event, with CRLF line ends", () => {
    const ics = meetingsToIcsFeed([first], OPTIONS);
    expect(ics.indexOf("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n")).toBeLessThan(ics.indexOf("BEGIN:VEVENT"));
    expect(ics.replace(/\r\n/g, "")).not.toContain("\n");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("escapes commas and semicolons in the calendar name", () => {
    const ics = meetingsToIcsFeed([], OPTIONS);
    expect(ics).toContain("NAME:Reuniones de invierno\\, 2027 · Encuentros\r\n");
    expect(ics).toContain("DESCRIPTION:Reuniones comunitarias\\; con la Policía de Dallas.\r\n");
  });

  it("keeps every line of a feed with accented titles within 75 octets", () => {
    const accented = buildPublicMeeting({
      title: "Reunión con la Policía: niños, señoras y jóvenes — ¿qué hacer? ".repeat(3).trim(),
    });
    const ics = meetingsToIcsFeed([accented, second], {
      ...OPTIONS,
      name: "Sesiones de la Iglesia Familia Bethel Internacional · Encuentros ·ñ·é·ú",
    });
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(parse(ics).events[0]!.summary).toBe(accented.title);
  });

  it("is a valid, empty calendar when there is no meeting, and the same bytes on every call", () => {
    const ics = meetingsToIcsFeed([], OPTIONS);
    expect(parse(ics).events).toEqual([]);
    expect(meetingsToIcsFeed([first, second], OPTIONS)).toBe(meetingsToIcsFeed([first, second], OPTIONS));
  });
});

describe("foldContentLine", () => {
  it("folds at 75 octets without splitting a character", () => {
    const line = `NAME:${"Reunión comunitaria en la iglesia ".repeat(5)}`;
    const folded = foldContentLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("leaves a short line alone", () => {
    expect(foldContentLine("NAME:Encuentros")).toBe("NAME:Encuentros");
  });
});
