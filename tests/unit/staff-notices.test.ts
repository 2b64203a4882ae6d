import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/render";
import { digestDayDue } from "@/lib/notices/digest-time";
import { FIRST_LINE_MAX, firstLine } from "@/lib/notices/first-line";
import { noticesForRole } from "@/lib/notices/notice-audience";
import { noticePreferencesSchema } from "@/lib/notices/schema";
import { formatClockHour } from "@/lib/time/format";

describe("a question's first line, as a notice carries it", () => {
  it("keeps only the first line that has words", () => {
    expect(firstLine("\n  \r\n¿Habrá intérprete?\nMi vecino no habla inglés.")).toBe("¿Habrá intérprete?");
    expect(firstLine("One\r\nTwo")).toBe("One");
    expect(firstLine("One\u2028Two")).toBe("One");
    expect(firstLine("")).toBe("");
  });

  it("cuts a long line at a word, with an ellipsis, never past the limit", () => {
    const long = "palabra ".repeat(40).trim();
    const cut = firstLine(long);
    expect(cut.endsWith("…")).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(FIRST_LINE_MAX);
    expect(cut).toMatch(/^(palabra )+palabra…$/);
    expect(firstLine("x".repeat(FIRST_LINE_MAX))).toBe("x".repeat(FIRST_LINE_MAX));
  });

  it("never splits an emoji or an accented letter", () => {
    const cut = firstLine("👩🏽‍🚒".repeat(200), 10);
    expect(cut).toBe(`${"👩🏽‍🚒".repeat(9)}…`);
    expect(firstLine("e\u0301".repeat(50), 5)).toBe(`${"e\u0301".repeat(4)}…`);
  });
});

describe("when a daily digest is due, in Central time", () => {
  it("is due from the chosen hour in Dallas, winter (UTC−6) and summer (UTC−5) alike", () => {
    // 8 AM in Dallas: 14:00 UTC in January, 13:00 UTC in July.
    expect(digestDayDue(new Date("2027-01-14T13:59:00Z"), 8, null)).toBeNull();
    expect(digestDayDue(new Date("2027-01-14T14:00:00Z"), 8, null)).toBe("2027-01-14");
    expect(digestDayDue(new Date("2027-07-14T12:59:00Z"), 8, null)).toBeNull();
    expect(digestDayDue(new Date("2027-07-14T13:00:00Z"), 8, null)).toBe("2027-07-14");
  });

  it("is due once a day: not again once the day is claimed, and again the next day", () => {
    expect(digestDayDue(new Date("2027-01-14T20:00:00Z"), 8, "2027-01-14")).toBeNull();
    expect(digestDayDue(new Date("2027-01-15T14:00:00Z"), 8, "2027-01-14")).toBe("2027-01-15");
  });

  it("counts the day in Dallas, not in UTC: 10 PM Dallas is the next day in UTC", () => {
    expect(digestDayDue(new Date("2027-01-15T04:00:00Z"), 22, "2027-01-13")).toBe("2027-01-14");
    expect(digestDayDue(new Date("2027-01-15T04:00:00Z"), 22, "2027-01-14")).toBeNull();
  });

  it("on the spring-forward day, an hour the clock skips goes out at the next one; on the fall-back day, once", () => {
    // 14 March 2027: 2:00 AM does not exist in Dallas; 1:59 CST is followed by 3:00 CDT (08:00 UTC).
    expect(digestDayDue(new Date("2027-03-14T07:59:00Z"), 2, "2027-03-13")).toBeNull();
    expect(digestDayDue(new Date("2027-03-14T08:00:00Z"), 2, "2027-03-13")).toBe("2027-03-14");
    // 7 November 2027: 1:00 AM happens twice (06:00 UTC as CDT, 07:00 UTC as CST); claimed at the first.
    expect(digestDayDue(new Date("2027-11-07T06:00:00Z"), 1, "2027-11-06")).toBe("2027-11-07");
    expect(digestDayDue(new Date("2027-11-07T07:00:00Z"), 1, "2027-11-07")).toBeNull();
  });

  it("names the hour as the clock shows it", () => {
    expect(formatClockHour(8, "en")).toBe("8:00 AM");
    expect(formatClockHour(0, "en")).toBe("12:00 AM");
    expect(formatClockHour(12, "es")).toMatch(/^12:00\sp\.\sm\.$/);
  });
});

describe("the notice settings form", () => {
  it("asks for an hour only with a digest", () => {
    expect(
      noticePreferencesSchema.safeParse({ noticeMode: "DIGEST", digestHour: "", locale: "es" }).error?.issues[0],
    ).toMatchObject({ path: ["digestHour"], message: "required" });
    expect(noticePreferencesSchema.parse({ noticeMode: "OFF", digestHour: "", locale: "en" })).toEqual({
      noticeMode: "OFF",
      digestHour: null,
      locale: "en",
    });
    expect(noticePreferencesSchema.parse({ noticeMode: "DIGEST", digestHour: "23", locale: "es" })).toEqual({
      noticeMode: "DIGEST",
      digestHour: 23,
      locale: "es",
    });
    for (const digestHour of ["24", "-1", "8.5", " 8", "08x"])
      expect(noticePreferencesSchema.safeParse({ noticeMode: "DIGEST", digestHour, locale: "es" }).success).toBe(false);
    expect(noticePreferencesSchema.safeParse({ noticeMode: "SOMETIMES", digestHour: "8", locale: "es" }).success).toBe(
      false,
    );
    expect(noticePreferencesSchema.safeParse({ noticeMode: "AT_ONCE", digestHour: "8", locale: "fr" }).success).toBe(
      false,
    );
  });

  it("tells each role what it receives", () => {
    expect(noticesForRole("ADMIN")).toEqual([
      "newRequest",
      "newQuestion",
      "reviewRequested",
      "reviewDecided",
      "scheduledPublished",
      "interpretationNeeded",
    ]);
    expect(noticesForRole("EDITOR")).toEqual([
      "newRequest",
      "newQuestion",
      "reviewRequested",
      "reviewDecided",
      "scheduledPublished",
      "interpretationNeeded",
    ]);
  });
});

const request = {
  requestId: "req1",
  organization: "Iglesia <b>Bethel</b>",
  city: "Dallas",
  preferredDate: "2027-02-04",
};

describe("staff notices as email", () => {
  it.each(["en", "es"] as const)(
    "writes a new request's notice in %s with an absolute link to the staff page, and the partner's name as text",
    (locale) => {
      const { subject, text, html } = renderEmail({ kind: "staffNewRequest", locale, params: request });
      expect(subject).toBe(
        locale === "en"
          ? "New meeting request from Iglesia <b>Bethel</b>"
          : "Nueva solicitud de reunión de Iglesia <b>Bethel</b>",
      );
      expect(text).toMatch(new RegExp(`https?://[^/\\s]+/${locale}/admin/requests/req1\\n`));
      expect(text).toContain(locale === "en" ? "February 4, 2027" : "4 de febrero de 2027");
      expect(html).toContain("Iglesia &lt;b&gt;Bethel&lt;/b&gt;");
      expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${locale}"`));
      expect(text).toContain(locale === "en" ? "/en/admin/account" : "/es/admin/account");
    },
  );

  it("quotes a question's first line only, set apart", () => {
    const { text, html } = renderEmail({
      kind: "staffNewQuestion",
      locale: "es",
      params: { firstLine: "¿Habrá intérprete?", meetingTitle: { en: "Know your rights", es: "Conozca sus derechos" } },
    });
    expect(text).toContain("> ¿Habrá intérprete?");
    expect(text).toContain("“Conozca sus derechos”");
    expect(html).toContain("<blockquote");
    expect(() =>
      renderEmail({
        kind: "staffNewQuestion",
        locale: "es",
        params: { firstLine: "x".repeat(500), meetingTitle: null },
      }),
    ).toThrow();
  });

  it("says who decided and their comment, in the author's language", () => {
    const params = {
      subject: "meeting",
      decision: "sentBack",
      targetId: "m1",
      title: { en: "Rights", es: "Derechos" },
      by: "Ada",
      comment: "Falta la dirección.",
    };
    expect(renderEmail({ kind: "staffReviewDecided", locale: "es", params }).subject).toBe("Devuelto: Derechos");
    expect(renderEmail({ kind: "staffReviewDecided", locale: "en", params }).text).toContain(
      "Ada has sent back your meeting “Rights”.",
    );
    expect(renderEmail({ kind: "staffReviewDecided", locale: "en", params }).text).toContain("> Falta la dirección.");
  });

  it("lists a digest's notices one line and one link each", () => {
    const { subject, text } = renderEmail({
      kind: "staffDigest",
      locale: "en",
      params: {
        day: "2027-01-14",
        more: 0,
        items: [
          { kind: "newRequest", params: request },
          { kind: "newQuestion", params: { firstLine: "When?", meetingTitle: null } },
        ],
      },
    });
    expect(subject).toBe("Encuentros: your daily summary (2 notices)");
    expect(text).toContain("- Meeting request: Iglesia <b>Bethel</b> (Dallas), first choice February 4, 2027\n  http");
    expect(text).toContain("- Question: “When?”\n  http");
  });

  it.each(["en", "es"] as const)(
    "tells the account's owner in %s what changed and when, in Central time, and what to do if it was not them",
    (locale) => {
      const { subject, text } = renderEmail({
        kind: "accountSecurity",
        locale,
        params: { event: "passkeyAdded", name: "Ana", at: "2027-01-14T18:05:00.000Z" },
      });
      expect(subject).toBe(
        locale === "en"
          ? "A passkey was added to your Encuentros account"
          : "Se agregó una llave de acceso a su cuenta de Encuentros",
      );
      // 18:05 UTC is 12:05 PM in Dallas in January.
      expect(text).toMatch(
        locale === "en"
          ? /Jan 14, 2027, 12:05\sPM \(Central time\)/
          : /14 ene 2027, 12:05\sp\.\sm\. \(hora del centro\)/,
      );
      expect(text).toContain(locale === "en" ? "If it was not you" : "Si no fue usted");
    },
  );
});
