import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { meetingToIcs } from "@/lib/calendar/ics";
import { buildPublicMeeting } from "@/tests/support/meeting-factory";

const PAGE_URL = "https://encuentros.example/es/reuniones/familia-bethel-2027-01-28";

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("No VEVENT in the calendar file");
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe("meetingToIcs", () => {
  it("publishes one event with the meeting's UTC instants", () => {
    const meeting = buildPublicMeeting();
    const { calendar, vevent, event } = parse(meetingToIcs(meeting, "en", PAGE_URL));

    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(String(calendar.getFirstPropertyValue("prodid"))).toContain("Encuentros");
    expect(event.uid).toBe(`${meeting.id}@encuentros`);
    expect(event.startDate.toJSDate().getTime()).toBe(meeting.startsAt.getTime());
    expect(event.endDate.toJSDate().getTime()).toBe(meeting.endsAt.getTime());
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event.sequence).toBe(0);
    expect(vevent.getFirstPropertyValue("url")).toBe(PAGE_URL);
    expect(event.location).toBe(
      "Iglesia Familia Bethel Internacional, 100 Demo Street, Dallas, TX 75211 (Demo address)",
    );
    expect(event.description).toContain(meeting.description);
    expect(event.description).toContain(PAGE_URL);
  });

  it("is byte-for-byte the same on every call, with a DTSTAMP of the last change", () => {
    const meeting = buildPublicMeeting();
    const first = meetingToIcs(meeting, "en", PAGE_URL);
    expect(meetingToIcs(meeting, "en", PAGE_URL)).toBe(first);
    const stamp = parse(first).vevent.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.toJSDate().getTime()).toBe(meeting.updatedAt.getTime());
  });

  it("writes the text in the page's language", () => {
    const meeting = buildPublicMeeting({ title: "Reunión comunitaria con la policía de Dallas" });
    const { event } = parse(meetingToIcs(meeting, "es", PAGE_URL));
    expect(event.summary).toBe("Reunión comunitaria con la policía de Dallas");
    expect(event.location).toContain("(Dirección de demostración)");
    expect(event.description).toContain(`Más información: ${PAGE_URL}`);
  });

  it("marks a cancellation as a newer version of the same event", () => {
    const scheduled = buildPublicMeeting({ version: 1 });
    const cancelled = buildPublicMeeting({
      version: 2,
      status: "CANCELLED",
      statusNote: "Se canceló por un funeral.",
      title: "Reunión comunitaria",
      updatedAt: new Date("2027-01-20T12:00:00.000Z"),
    });
    const before = parse(meetingToIcs(scheduled, "es", PAGE_URL));
    const after = parse(meetingToIcs(cancelled, "es", PAGE_URL));

    expect(after.event.uid).toBe(before.event.uid);
    expect(after.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(after.event.sequence).toBeGreaterThan(before.event.sequence);
    expect(after.event.summary).toBe("CANCELADA: Reunión comunitaria");
    expect(after.event.description).toContain("Se canceló por un funeral.");
    // Cancelled events keep their time so calendars can find the entry.
    expect(after.event.startDate.toJSDate().getTime()).toBe(cancelled.startsAt.getTime());
  });

  it("uses CRLF line endings only, with long lines folded", () => {
    const meeting = buildPublicMeeting({ description: "Preguntas y respuestas. ".repeat(40) });
    const ics = meetingToIcs(meeting, "es", PAGE_URL);
    expect(ics).not.toMatch(/(?<!\r)\n/);
    expect(ics.endsWith("\r\n")).toBe(true);
    for (const line of ics.split("\r\n")) expect(line.length).toBeLessThanOrEqual(75);
    expect(parse(ics).event.description).toContain("Preguntas y respuestas. ".repeat(40).trim());
  });

  it("folds at 75 octets, not characters, and never inside an accented letter", () => {
    const text = "Reunión informativa: ¿cómo pedir ayuda? Niños, jóvenes y señoras — información útil. ";
    const meeting = buildPublicMeeting({ title: text.repeat(2).trim(), description: text.repeat(12) });
    const bytes = Buffer.from(meetingToIcs(meeting, "es", PAGE_URL), "utf8");
    const lines = bytes.toString("latin1").split("\r\n");
    expect(lines.some((line) => Buffer.byteLength(line, "latin1") === 75)).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, "latin1")).toBeLessThanOrEqual(75);
    // Each folded piece is valid UTF-8 on its own: no character was cut in two.
    for (const line of bytes.toString("utf8").split("\r\n")) expect(line).not.toContain("\uFFFD");
    const { event } = parse(bytes.toString("utf8"));
    expect(event.summary).toBe(text.repeat(2).trim());
    expect(event.description).toContain(text.repeat(12).trim());
  });

  it("says which interpretation will be provided, in each language, unless the meeting is cancelled", () => {
    const meeting = buildPublicMeeting({ interpretation: ["vi", "asl"] });
    expect(parse(meetingToIcs(meeting, "en", PAGE_URL)).event.description).toContain(
      "Interpretation in Vietnamese and American Sign Language will be provided.",
    );
    expect(parse(meetingToIcs(meeting, "es", PAGE_URL)).event.description).toContain(
      "Habrá interpretación en vietnamita y lengua de señas americana.",
    );
    const cancelled = buildPublicMeeting({ interpretation: ["vi"], status: "CANCELLED" });
    expect(parse(meetingToIcs(cancelled, "en", PAGE_URL)).event.description).not.toContain("Interpretation in");
  });

  it("escapes commas, semicolons and line breaks in free text", () => {
    const meeting = buildPublicMeeting({ description: "Café; pan, y agua.\nTraiga a su familia." });
    const ics = meetingToIcs(meeting, "es", PAGE_URL);
    // Unfolded first: where the 75-octet folds fall depends on what comes before the description.
    expect(ics.replace(/\r\n[ \t]/g, "")).toContain("Café\\; pan\\, y agua.\\nTraiga a su familia.");
    expect(parse(ics).event.description).toContain("Café; pan, y agua.\nTraiga a su familia.");
  });
});
