import { describe, expect, it } from "vitest";
import { jsonLdScriptContent, meetingJsonLd } from "@/lib/meetings/json-ld";
import { toZonedIsoString } from "@/lib/time/central-time";
import { buildPublicMeeting } from "@/tests/support/meeting-factory";

const PAGE_URL = "https://encuentros.example/en/meetings/familia-bethel-2027-01-28";

describe("toZonedIsoString", () => {
  it("uses the Central standard offset in winter", () => {
    expect(toZonedIsoString(new Date("2027-01-29T00:00:00Z"))).toBe("2027-01-28T18:00:00-06:00");
  });

  it("uses the Central daylight offset in summer", () => {
    expect(toZonedIsoString(new Date("2027-07-01T23:30:00Z"))).toBe("2027-07-01T18:30:00-05:00");
  });

  it("switches offset on the night clocks go back", () => {
    // 2027-11-07: 1:30 AM happens twice in Dallas.
    expect(toZonedIsoString(new Date("2027-11-07T06:30:00Z"))).toBe("2027-11-07T01:30:00-05:00");
    expect(toZonedIsoString(new Date("2027-11-07T07:30:00Z"))).toBe("2027-11-07T01:30:00-06:00");
  });
});

describe("meetingJsonLd", () => {
  it("describes a scheduled meeting as a schema.org Event in Dallas time", () => {
    const data = meetingJsonLd(buildPublicMeeting(), "en", PAGE_URL);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Community meeting with Dallas Police",
      startDate: "2027-01-28T18:00:00-06:00",
      endDate: "2027-01-28T19:30:00-06:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: {
        "@type": "Place",
        name: "Iglesia Familia Bethel Internacional",
        address: {
          "@type": "PostalAddress",
          streetAddress: "100 Demo Street",
          addressLocality: "Dallas",
          addressRegion: "TX",
          postalCode: "75211",
          addressCountry: "US",
        },
      },
      organizer: { "@type": "Organization", name: "Dallas Police Department" },
      inLanguage: ["es"],
      url: PAGE_URL,
      isAccessibleForFree: true,
    });
    expect(data).not.toHaveProperty("previousStartDate");
  });

  it("gives a summer meeting the daylight offset", () => {
    const meeting = buildPublicMeeting({
      startsAt: new Date("2027-07-01T23:00:00Z"),
      endsAt: new Date("2027-07-02T00:30:00Z"),
    });
    const data = meetingJsonLd(meeting, "en", PAGE_URL);
    expect(data.startDate).toBe("2027-07-01T18:00:00-05:00");
    expect(data.endDate).toBe("2027-07-01T19:30:00-05:00");
  });

  it("keeps the start date of a cancelled meeting", () => {
    const data = meetingJsonLd(buildPublicMeeting({ status: "CANCELLED" }), "en", PAGE_URL);
    expect(data.eventStatus).toBe("https://schema.org/EventCancelled");
    expect(data.startDate).toBe("2027-01-28T18:00:00-06:00");
  });

  it("marks a moved meeting as rescheduled with its previous start", () => {
    const meeting = buildPublicMeeting({
      status: "POSTPONED",
      previousStartsAt: new Date("2027-01-22T00:00:00Z"),
    });
    const data = meetingJsonLd(meeting, "en", PAGE_URL);
    expect(data.eventStatus).toBe("https://schema.org/EventRescheduled");
    expect(data.previousStartDate).toBe("2027-01-21T18:00:00-06:00");
    expect(data.startDate).toBe("2027-01-28T18:00:00-06:00");
  });

  it("treats a scheduled meeting with an earlier start as rescheduled", () => {
    const meeting = buildPublicMeeting({ previousStartsAt: new Date("2027-01-22T00:00:00Z") });
    expect(meetingJsonLd(meeting, "es", PAGE_URL).eventStatus).toBe("https://schema.org/EventRescheduled");
  });
});

describe("jsonLdScriptContent", () => {
  it("cannot close the script element it is written into", () => {
    const meeting = buildPublicMeeting({ title: '</script><script>alert("x")</script><!--' });
    const content = jsonLdScriptContent(meetingJsonLd(meeting, "en", PAGE_URL));
    expect(content).not.toContain("<");
    expect(content).toContain("\\u003c/script>");
    expect(JSON.parse(content).name).toBe('</script><script>alert("x")</script><!--');
  });
});
