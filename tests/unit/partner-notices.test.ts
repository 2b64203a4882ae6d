import { describe, expect, it } from "vitest";
import { unsubscribeHeaders } from "@/lib/email/smtp";
import { partnerNoticeEvent, type NoticedMeeting } from "@/lib/notices/partner-notices";
import { unsubscribePage } from "@/lib/notices/unsubscribe-page";

const published: NoticedMeeting = {
  id: "m1",
  venueId: "bethel",
  startsAt: new Date("2027-02-04T00:30:00Z"),
  endsAt: new Date("2027-02-04T02:00:00Z"),
  status: "SCHEDULED",
  publication: "PUBLISHED",
};

describe("what a change means to a partner", () => {
  it("is news only once residents can see the meeting: published now or by the scheduler, never a draft, a review or a scheduled time still ahead", () => {
    expect(partnerNoticeEvent(null, published)).toBe("published");
    expect(partnerNoticeEvent({ ...published, publication: "SCHEDULED" }, published)).toBe("published");
    for (const publication of ["DRAFT", "IN_REVIEW", "SCHEDULED"] as const) {
      expect(partnerNoticeEvent(null, { ...published, publication }), publication).toBeNull();
      expect(
        partnerNoticeEvent({ ...published, publication }, { ...published, publication, startsAt: new Date() }),
        publication,
      ).toBeNull();
    }
  });

  it("names a move of date, time or place a change, a cancellation or postponement as such, and a text-only edit nothing", () => {
    expect(partnerNoticeEvent(published, { ...published })).toBeNull();
    expect(partnerNoticeEvent(published, { ...published, endsAt: new Date("2027-02-04T03:00:00Z") })).toBe("changed");
    expect(partnerNoticeEvent(published, { ...published, venueId: "esperanza" })).toBe("changed");
    expect(partnerNoticeEvent(published, { ...published, status: "CANCELLED" })).toBe("cancelled");
    expect(
      partnerNoticeEvent(published, { ...published, status: "POSTPONED", startsAt: new Date("2027-02-11T00:30:00Z") }),
    ).toBe("postponed");
    expect(partnerNoticeEvent({ ...published, status: "CANCELLED" }, { ...published, status: "CANCELLED" })).toBeNull();
  });
});

describe("the one-click unsubscribe headers (RFC 8058)", () => {
  it("are the https address in angle brackets and the one-click line", () => {
    expect(unsubscribeHeaders("https://encuentros.example.org/api/unsubscribe?t=abc")).toEqual({
      "List-Unsubscribe": "<https://encuentros.example.org/api/unsubscribe?t=abc>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("are left out for anything but one plain https address (this machine's http excepted, for local mode)", () => {
    expect(unsubscribeHeaders("http://localhost:3000/api/unsubscribe?t=abc")).toHaveProperty("List-Unsubscribe");
    for (const url of [
      null,
      "",
      "http://encuentros.example.org/api/unsubscribe?t=abc",
      "https://x.example.org/a\r\nBcc: victim@example.org",
      "https://x.example.org/a> <mailto:x@example.org",
      "mailto:x@example.org",
      "not a url",
    ]) {
      expect(unsubscribeHeaders(url), String(url)).toEqual({});
    }
  });
});

describe("the unsubscribe page", () => {
  it("is both languages, the contact's first, each with its own button posting back with the key, and no script", () => {
    const html = unsubscribePage({ state: "confirm", token: "k".repeat(43) }, "en");
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(html.indexOf('<section lang="en"><h1>')).toBeLessThan(html.indexOf('<section lang="es"><h2>'));
    expect(html.match(/<form method="post" action="\/api\/unsubscribe\?t=k{43}">/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script|<img|<link|https?:/i);
  });
});
