import { describe, expect, it } from "vitest";
import { googleCalendarUrl, outlookCalendarUrl } from "@/lib/calendar/calendar-links";
import { buildPublicMeeting } from "@/tests/support/meeting-factory";

const PAGE_URL = "https://encuentros.example/es/reuniones/familia-bethel-2027-01-28";

describe("googleCalendarUrl", () => {
  it("fills in Google Calendar's event template in UTC", () => {
    const url = new URL(googleCalendarUrl(buildPublicMeeting({ title: "Reunión comunitaria" }), "es", PAGE_URL));
    expect(`${url.origin}${url.pathname}`).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
    expect(url.searchParams.get("text")).toBe("Reunión comunitaria");
    expect(url.searchParams.get("dates")).toBe("20270129T000000Z/20270129T013000Z");
    expect(url.searchParams.get("location")).toBe(
      "Iglesia Familia Bethel Internacional, 100 Demo Street, Dallas, TX 75211 (Dirección de demostración)",
    );
    expect(url.searchParams.get("details")).toContain(`Más información: ${PAGE_URL}`);
  });

  it("encodes spaces as %20, never +", () => {
    const link = googleCalendarUrl(buildPublicMeeting(), "en", PAGE_URL);
    expect(link).not.toContain("+");
    expect(link).toContain("text=Community%20meeting%20with%20Dallas%20Police");
  });

  it("shortens a long description but keeps the page link", () => {
    const meeting = buildPublicMeeting({ description: "a".repeat(5000) });
    const details = new URL(googleCalendarUrl(meeting, "en", PAGE_URL)).searchParams.get("details") ?? "";
    expect(details.length).toBeLessThan(1000);
    expect(details).toContain("…");
    expect(details).toContain(PAGE_URL);
  });
});

describe("outlookCalendarUrl", () => {
  it("fills in Outlook's compose form with ISO UTC times", () => {
    const url = new URL(outlookCalendarUrl(buildPublicMeeting(), "en", PAGE_URL));
    expect(`${url.origin}${url.pathname}`).toBe("https://outlook.live.com/calendar/0/action/compose");
    expect(url.searchParams.get("subject")).toBe("Community meeting with Dallas Police");
    expect(url.searchParams.get("startdt")).toBe("2027-01-29T00:00:00Z");
    expect(url.searchParams.get("enddt")).toBe("2027-01-29T01:30:00Z");
    expect(url.searchParams.get("location")).toContain("100 Demo Street, Dallas, TX 75211");
    expect(url.searchParams.get("body")).toContain("More information: " + PAGE_URL);
  });

  it("leads with the new date note for a moved meeting", () => {
    const meeting = buildPublicMeeting({
      status: "POSTPONED",
      previousStartsAt: new Date("2027-01-22T00:00:00Z"),
    });
    const body = new URL(outlookCalendarUrl(meeting, "en", PAGE_URL)).searchParams.get("body") ?? "";
    expect(body.startsWith("This meeting has a new date.\nOriginally planned for Thursday, January 21 · 6:00")).toBe(
      true,
    );
  });
});
