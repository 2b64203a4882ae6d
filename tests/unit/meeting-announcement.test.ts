import { describe, expect, it } from "vitest";
import { meetingAnnouncement } from "@/lib/announcements/meeting-announcement";
import { meetingPageUrl } from "@/lib/meetings/meeting-urls";
import { buildPublicMeeting } from "@/tests/support/meeting-factory";

// Intl puts thin and no-break spaces in times and ranges: compare words, not space characters.
const plain = (text: string) => text.replace(/[^\S\n]/g, " ");

const es = buildPublicMeeting({ title: "Reunión comunitaria con la Policía de Dallas" });
const en = buildPublicMeeting({ title: "Community meeting with Dallas Police" });

describe("meetingAnnouncement", () => {
  const text = plain(meetingAnnouncement({ es, en }));
  const [spanish, english] = text.split("\n\n— — —\n\n");

  it("writes Spanish first, then English", () => {
    expect(spanish!.split("\n")[0]).toBe(
      "Reunión comunitaria con el Departamento de Policía de Dallas: Reunión comunitaria con la Policía de Dallas",
    );
    expect(english!.split("\n")[0]).toBe(
      "Community meeting with the Dallas Police Department: Community meeting with Dallas Police",
    );
  });

  it("gives weekday, date and time in Central time, place with address, language, and both page addresses", () => {
    expect(spanish).toContain("Cuándo: jueves 28 de enero · 6:00 – 7:30 p. m. (hora del centro)");
    expect(spanish).toContain(
      "Dónde: Iglesia Familia Bethel Internacional, 100 Demo Street, Dallas, TX 75211 (Dirección de demostración)",
    );
    expect(spanish).toContain("En español · Interpretación: inglés");
    expect(spanish).toContain(`Más información: ${meetingPageUrl(es.slug, "es")}`);
    expect(english).toMatch(/When: Thursday, January 28 · 6:00 – 7:30 PM \(Central time\)/);
    expect(english).toContain(
      "Where: Iglesia Familia Bethel Internacional, 100 Demo Street, Dallas, TX 75211 (Demo address)",
    );
    expect(english).toContain("Held in Spanish · Interpretation into English");
    expect(english).toContain(`More information: ${meetingPageUrl(en.slug, "en")}`);
  });

  it("puts a cancellation and its note first in each language", () => {
    const cancelled = meetingAnnouncement({
      es: { ...es, status: "CANCELLED", statusNote: "Por un funeral en la iglesia." },
      en: { ...en, status: "CANCELLED", statusNote: "Because of a funeral at the church." },
    });
    const [cancelledEs, cancelledEn] = cancelled.split("\n\n— — —\n\n");
    expect(cancelledEs!.split("\n")[0]).toBe("CANCELADA: Por un funeral en la iglesia.");
    expect(cancelledEn!.split("\n")[0]).toBe("CANCELLED: Because of a funeral at the church.");
  });
});
