import { describe, expect, it } from "vitest";
import { loadMeetingFlyer, loadPartnerFlyer } from "@/lib/flyer/flyer-content";
import { renderFlyerPdf } from "@/lib/flyer/flyer-pdf";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { pdfGlyphReport, undrawnCharacters } from "@/tests/support/pdf-glyphs";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const TODAY = "2027-01-10";
const NOW = new Date("2027-01-10T18:00:00Z");

async function expectEveryCharacterDrawn(pdf: Uint8Array, what: string) {
  const report = await pdfGlyphReport(pdf);
  expect(report.notdef, what).toEqual([]);
  expect(report.missing, what).toEqual([]);
  expect(undrawnCharacters(report), what).toEqual([]);
  expect(report.text, what).not.toContain("\uFFFD");
  return report;
}

describe.each(DATABASE_KINDS)("the demo data's flyers on %s", { timeout: 180_000 }, (kind) => {
  const fixture = migratedDatabaseFor(kind, { seedOn: TODAY, inApp: true });

  it("print every character of every meeting's and partner's flyer", async () => {
    // One flyer per venue and status: the demo meetings at one venue share their wording.
    const all = await fixture.db.meeting.findMany({
      select: { slug: true, venueId: true, status: true },
      orderBy: { startsAt: "asc" },
    });
    const meetings = [...new Map(all.map((meeting) => [`${meeting.venueId} ${meeting.status}`, meeting])).values()];
    expect(meetings.length).toBeGreaterThan(3);
    for (const { slug } of meetings) {
      const report = await expectEveryCharacterDrawn(await renderFlyerPdf((await loadMeetingFlyer(slug))!), slug);
      // The time with its "p. m." / "PM", in both languages.
      expect(report.text).toMatch(/\d:\d\d(p\.m\.|a\.m\.)/);
      expect(report.text).toMatch(/\d:\d\d(PM|AM)/);
    }
    const partners = await fixture.db.venue.findMany({ where: { isPartner: true }, select: { slug: true } });
    expect(partners.length).toBeGreaterThan(0);
    for (const { slug } of partners)
      await expectEveryCharacterDrawn(await renderFlyerPdf((await loadPartnerFlyer(slug, NOW))!), slug);
  });

  it("gives a partner's next meeting in large print, lists the following ones, and says how many more there are and where", async () => {
    const [partner] = await fixture.db.venue.findMany({
      where: { isPartner: true },
      orderBy: { meetings: { _count: "desc" } },
      select: { slug: true, id: true },
    });
    // Six more meetings here, a week apart after the last one.
    const last = await fixture.db.meeting.findFirstOrThrow({
      where: { venueId: partner!.id },
      orderBy: { startsAt: "desc" },
      include: { translations: true },
    });
    for (let week = 1; week <= 6; week++) {
      const shift = week * 7 * 24 * 3600_000;
      await fixture.db.meeting.create({
        data: {
          slug: `${last.slug}-extra-${week}`,
          seriesId: last.seriesId,
          venueId: last.venueId,
          startsAt: new Date(last.startsAt.getTime() + shift),
          endsAt: new Date(last.endsAt.getTime() + shift),
          spokenLanguages: last.spokenLanguages,
          interpretation: last.interpretation,
          hostName: last.hostName,
          translations: {
            create: last.translations.map((text) => ({
              locale: text.locale,
              title: text.title,
              description: text.description,
            })),
          },
        },
      });
    }
    const upcoming = await fixture.db.meeting.count({ where: { venueId: partner!.id, endsAt: { gt: NOW } } });
    expect(upcoming).toBeGreaterThan(6);
    const flyer = (await loadPartnerFlyer(partner!.slug, NOW))!;
    const [es, en] = flyer.columns;
    expect(es!.when).toMatchObject({
      label: "Próxima reunión",
      time: expect.stringMatching(/p\.\sm\.\s\(hora\sdel\scentro\)$/),
    });
    expect(en!.when).toMatchObject({ label: "Next meeting", time: expect.stringMatching(/PM\s\(Central\stime\)$/) });
    expect(es!.sessions!.items).toHaveLength(4);
    const cancelled = await fixture.db.meeting.count({
      where: { venueId: partner!.id, endsAt: { gt: NOW }, status: "CANCELLED" },
    });
    // The next meeting is printed large; the four after it (cancelled ones too, marked) are listed.
    const more = upcoming - 1 - 4;
    expect(cancelled).toBeLessThan(upcoming);
    expect(es!.sessions!.more).toBe(
      `Hay ${more} reuniones más anunciadas: escanee el código de abajo o visite la dirección que aparece debajo.`,
    );
    expect(en!.sessions!.more).toBe(
      `${more} more meetings are announced: scan the code below, or visit the address under it.`,
    );
    const text = (await pdfGlyphReport(await renderFlyerPdf(flyer))).text;
    expect(text).toContain(`Hay${more}reunionesmásanunciadas`);
    expect(text).toContain(`/es/socios/${partner!.slug}`);
  });
});
