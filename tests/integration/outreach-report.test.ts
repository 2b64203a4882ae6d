import { beforeAll, describe, expect, it } from "vitest";
import { outreachReport, publicFigures } from "@/lib/report/data";
import { reportWindow, type ReportScope } from "@/lib/report/scope";
import { reportTableCsv } from "@/lib/report/csv";
import { reportTables } from "@/lib/report/tables";
import { addDaysToDateKey, zonedDateKey } from "@/lib/time/central-time";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const TODAY = "2027-01-10";
const NOW = new Date("2027-01-10T18:00:00Z");
const HOUR_MS = 3_600_000;
const QUESTION_TEXT = "¿Puedo llamar al 911 sin miedo? texto-privado-1234";
const CONTACT_EMAIL = "pastora-privada@example.org";

/** The Monday ("YYYY-MM-DD") of the Dallas week an instant falls in. */
function mondayOf(instant: Date): string {
  const day = zonedDateKey(instant);
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDaysToDateKey(day, -((weekday + 6) % 7));
}

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const hours = (ms: number | null) => (ms === null ? null : Math.round((ms / HOUR_MS) * 10) / 10);

describe.each(DATABASE_KINDS)("the outreach report on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { seedOn: TODAY, inApp: true });
  let scope: ReportScope;

  beforeAll(async () => {
    const db = database.db;
    const series = await db.series.findFirstOrThrow({ orderBy: { startsOn: "asc" } });
    scope = {
      from: series.startsOn.toISOString().slice(0, 10),
      to: series.endsOn.toISOString().slice(0, 10),
      seriesId: series.id,
      area: null,
    };
    const meetings = await db.meeting.findMany({ where: { seriesId: series.id }, orderBy: { startsAt: "asc" } });
    // Taps and interpretation requests on some meetings, a draft among them (never counted).
    for (const [index, meeting] of meetings.entries()) {
      await db.tallyCount.create({ data: { meetingId: meeting.id, kind: "PLAN_TO_COME", count: index + 2 } });
      if (index % 2 === 0)
        await db.tallyCount.create({
          data: { meetingId: meeting.id, kind: "INTERPRETATION", language: "vi", count: 3 },
        });
      if (index % 3 === 0)
        await db.tallyCount.create({
          data: { meetingId: meeting.id, kind: "INTERPRETATION", language: "en", count: 1 },
        });
    }
    await db.meeting.update({ where: { id: meetings[1]!.id }, data: { interpretation: ["vi", "en"] } });
    await db.meeting.update({ where: { id: meetings.at(-1)!.id }, data: { publication: "DRAFT" } });

    // Questions: new, answered, published (two after 5 and 30 hours), and one general.
    // The day after the series began, so everything lies inside it.
    const asked = new Date(`${addDaysToDateKey(scope.from, 1)}T15:00:00Z`);
    const question = (data: {
      status: "NEW" | "ANSWERED" | "PUBLISHED";
      meetingId: string | null;
      publishedAfterHours?: number;
    }) =>
      db.question.create({
        data: {
          text: QUESTION_TEXT,
          locale: "es",
          status: data.status,
          meetingId: data.meetingId,
          createdAt: asked,
          publishedAt:
            data.publishedAfterHours === undefined
              ? null
              : new Date(asked.getTime() + data.publishedAfterHours * HOUR_MS),
        },
      });
    await question({ status: "NEW", meetingId: meetings[0]!.id });
    await question({ status: "ANSWERED", meetingId: meetings[0]!.id });
    await question({ status: "PUBLISHED", meetingId: meetings[1]!.id, publishedAfterHours: 5 });
    await question({ status: "PUBLISHED", meetingId: meetings[2]!.id, publishedAfterHours: 30 });
    await question({ status: "PUBLISHED", meetingId: null, publishedAfterHours: 2 });

    // Requests: one answered after 4 hours (then accepted), one declined after 10, one waiting.
    const request = async (status: "NEW" | "ACCEPTED" | "DECLINED", firstResponseAfterHours: number | null) => {
      const createdAt = new Date(asked.getTime() + HOUR_MS);
      const row = await db.sessionRequest.create({
        data: {
          status,
          organization: "Iglesia de prueba",
          venueKind: "CHURCH",
          street: "1 Demo St",
          city: "Dallas",
          postalCode: "75211",
          preferredDate: new Date("2027-02-01T00:00:00Z"),
          startTime: "18:00",
          endTime: "19:30",
          otherTimes: "",
          spokenLanguages: ["es"],
          interpretation: [],
          attendance: 40,
          contactName: "Pastora",
          contactEmail: CONTACT_EMAIL,
          createdAt,
        },
      });
      await db.auditEntry.create({
        data: {
          actorKind: "PUBLIC_FORM",
          action: "CREATE",
          entityType: "sessionRequest",
          entityId: row.id,
          summary: "",
          createdAt,
        },
      });
      if (firstResponseAfterHours !== null) {
        for (const after of [firstResponseAfterHours, firstResponseAfterHours + 20]) {
          await db.auditEntry.create({
            data: {
              actorKind: "STAFF",
              actorEmail: "staff@example.org",
              action: "UPDATE",
              entityType: "sessionRequest",
              entityId: row.id,
              summary: "",
              createdAt: new Date(createdAt.getTime() + after * HOUR_MS),
            },
          });
        }
      }
    };
    await request("ACCEPTED", 4);
    await request("DECLINED", 10);
    await request("NEW", null);
  });

  it("counts what the database holds, checked against counts made here from the rows themselves", async () => {
    const db = database.db;
    const window = reportWindow(scope, NOW);
    const report = await outreachReport(window, "es", null);

    const meetings = await db.meeting.findMany({
      where: { seriesId: scope.seriesId!, publication: "PUBLISHED", startsAt: { gte: window.start, lt: window.end } },
      include: { venue: true, tallies: true, translations: true },
    });
    expect(meetings.length).toBeGreaterThan(3);

    // Meetings per week.
    const weeks = new Map<string, { held: number; upcoming: number; cancelled: number; postponed: number }>();
    for (const meeting of meetings) {
      const week = weeks.get(mondayOf(meeting.startsAt)) ?? { held: 0, upcoming: 0, cancelled: 0, postponed: 0 };
      if (meeting.status === "CANCELLED") week.cancelled += 1;
      else if (meeting.status === "POSTPONED") week.postponed += 1;
      else if (meeting.endsAt <= NOW) week.held += 1;
      else week.upcoming += 1;
      weeks.set(mondayOf(meeting.startsAt), week);
    }
    expect(report.weeks.filter((row) => row.held + row.upcoming + row.cancelled + row.postponed > 0)).toEqual(
      [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, counts]) => ({ week, ...counts })),
    );
    // Every week of the period has a row, empty ones too, each a Monday.
    expect(report.weeks[0]!.week <= scope.from && report.weeks.at(-1)!.week <= scope.to).toBe(true);
    expect(report.weeks.every((row) => new Date(`${row.week}T12:00:00Z`).getUTCDay() === 1)).toBe(true);

    // Taps per meeting and per area.
    const taps = (meeting: (typeof meetings)[number]) =>
      meeting.tallies.find((tally) => tally.kind === "PLAN_TO_COME")?.count ?? 0;
    expect(report.meetingTaps.map((row) => [row.slug, row.taps])).toEqual(
      meetings
        .filter((meeting) => taps(meeting) > 0)
        .sort((a, b) => taps(b) - taps(a) || a.startsAt.getTime() - b.startsAt.getTime())
        .map((meeting) => [meeting.slug, taps(meeting)]),
    );
    expect(report.meetingTaps[0]!.title).toBe(
      meetings
        .find((meeting) => meeting.slug === report.meetingTaps[0]!.slug)!
        .translations.find((text) => text.locale === "es")!.title,
    );
    const areas = new Map<string, { meetings: number; taps: number }>();
    for (const meeting of meetings) {
      const area = areas.get(meeting.venue.neighborhood ?? "") ?? { meetings: 0, taps: 0 };
      areas.set(meeting.venue.neighborhood ?? "", { meetings: area.meetings + 1, taps: area.taps + taps(meeting) });
    }
    expect(Object.fromEntries(report.areaTaps.map(({ area, ...counts }) => [area, counts]))).toEqual(
      Object.fromEntries(areas),
    );

    // Interpretation asked for against arranged.
    for (const language of ["vi", "en"]) {
      const asking = meetings.filter((meeting) =>
        meeting.tallies.some(
          (tally) => tally.kind === "INTERPRETATION" && tally.language === language && tally.count > 0,
        ),
      );
      const row = report.interpretation.find((item) => item.language === language)!;
      expect(row).toEqual({
        language,
        taps: asking.reduce(
          (sum, meeting) =>
            sum +
            meeting.tallies.find((tally) => tally.kind === "INTERPRETATION" && tally.language === language)!.count,
          0,
        ),
        meetingsAsked: asking.length,
        meetingsAskedAndArranged: asking.filter((meeting) => meeting.interpretation.includes(language)).length,
        meetingsOffering: meetings.filter((meeting) => meeting.interpretation.includes(language)).length,
      });
    }

    // Questions of the series' meetings (the general one belongs to no series), and requests.
    expect(report.questions).toEqual({
      received: 4,
      answered: 3,
      published: 2,
      medianHoursToPublished: hours(median([5 * HOUR_MS, 30 * HOUR_MS])),
    });
    expect(report.requests).toEqual({
      received: 3,
      accepted: 1,
      declined: 1,
      waiting: 1,
      medianHoursToFirstResponse: 7,
    });

    // Places where a meeting was held.
    const held = meetings.filter((meeting) => meeting.status === "SCHEDULED" && meeting.endsAt <= NOW);
    expect(report.places.map((row) => row.name).sort()).toEqual(
      [...new Set(held.map((meeting) => meeting.venue.name))].sort(),
    );
    for (const place of report.places) {
      expect(place.held).toBe(held.filter((meeting) => meeting.venue.name === place.name).length);
      expect(place.isPartner).toBe(held.find((meeting) => meeting.venue.name === place.name)!.venue.isPartner);
    }
  });

  it("narrows to an area, counts general questions only when nothing is narrowed, and leaves out drafts", async () => {
    const db = database.db;
    const everything = await outreachReport(reportWindow({ ...scope, seriesId: null }, NOW), "en", null);
    expect(everything.questions.received).toBe(5);
    const area = everything.areaTaps[0]!.area;
    const narrowed = await outreachReport(reportWindow({ ...scope, area }, NOW), "en", null);
    expect(narrowed.areaTaps.map((row) => row.area)).toEqual([area]);
    expect(narrowed.areaTaps[0]!.taps).toBe(everything.areaTaps[0]!.taps);
    const draft = await db.meeting.findFirstOrThrow({ where: { publication: "DRAFT", seriesId: scope.seriesId! } });
    expect(everything.meetingTaps.map((row) => row.slug)).not.toContain(draft.slug);
  });

  it("lets out only counts and names of places and meetings: no question text, no request contact, in the report or its CSV files", async () => {
    const report = await outreachReport(reportWindow(scope, NOW), "es", null);
    const csv = Object.values(reportTables(report, "es")).map(reportTableCsv).join("\n");
    for (const text of [JSON.stringify(report), csv]) {
      expect(text).not.toContain("texto-privado-1234");
      expect(text).not.toContain(CONTACT_EMAIL);
      expect(text).not.toContain("Pastora");
    }
  });

  it("gives the public page its series' counts: meetings held, places, published questions, languages offered", async () => {
    const db = database.db;
    const window = reportWindow(scope, NOW);
    const figures = await publicFigures({ id: scope.seriesId!, start: window.start, end: window.end }, NOW);
    const held = await db.meeting.findMany({
      where: { seriesId: scope.seriesId!, publication: "PUBLISHED", status: "SCHEDULED", endsAt: { lte: NOW } },
      select: { venueId: true },
    });
    const offered = await db.meeting.findMany({
      where: { seriesId: scope.seriesId!, publication: "PUBLISHED", status: { not: "CANCELLED" } },
      select: { interpretation: true },
    });
    expect(figures).toEqual({
      meetingsHeld: held.length,
      placesVisited: new Set(held.map((row) => row.venueId)).size,
      // Two about the series' meetings, and the general one answered while it ran.
      questionsPublished: 3,
      interpretationLanguages: [...new Set(offered.flatMap((row) => row.interpretation))].sort(),
    });
  });
});
