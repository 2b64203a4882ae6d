import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import { dateKeyToDbDate, zonedDateTimeToInstant } from "@/lib/time/central-time";
import { buildDemoData, DEMO_SERIES_SLUG, DEMO_STATEMENTS, type Localized } from "./seed-data";

function instant(date: string, time: string): Date {
  const result = zonedDateTimeToInstant(date, time);
  if (!result.ok) throw new Error(`Demo data has an impossible time: ${date} ${time}`);
  return result.instant;
}

function translationRows<T extends Record<string, Localized<string> | null>>(fields: T) {
  return SUPPORTED_LOCALES.map((locale) => {
    const row: Record<string, string | null> = {};
    for (const [key, value] of Object.entries(fields)) row[key] = value ? value[locale] : null;
    return { locale, row };
  });
}

/**
 * Writes the demo series, venues and meetings. Idempotent: everything is
 * keyed by slug, so running it again updates rows instead of adding them.
 */
export async function seedDemoData(db: PrismaClient, today: string) {
  const data = buildDemoData(today);

  return db.$transaction(
    async (tx) => {
      const seriesFields = {
        organizer: data.series.organizer,
        startsOn: dateKeyToDbDate(data.series.startsOn),
        endsOn: dateKeyToDbDate(data.series.endsOn),
      };
      const series = await tx.series.upsert({
        where: { slug: data.series.slug },
        create: { slug: data.series.slug, ...seriesFields },
        update: seriesFields,
      });
      for (const { locale, row } of translationRows({
        title: data.series.title,
        description: data.series.description,
      })) {
        const text = { title: row.title ?? "", description: row.description ?? "" };
        await tx.seriesTranslation.upsert({
          where: { seriesId_locale: { seriesId: series.id, locale } },
          create: { seriesId: series.id, locale, ...text },
          update: text,
        });
      }

      const venueIds = new Map<string, string>();
      for (const venue of data.venues) {
        const { description, slug, ...fields } = venue;
        const saved = await tx.venue.upsert({
          where: { slug },
          create: { slug, ...fields, isDemo: true },
          update: { ...fields, isDemo: true },
        });
        venueIds.set(slug, saved.id);
        for (const { locale, row } of translationRows({ description })) {
          await tx.venueTranslation.upsert({
            where: { venueId_locale: { venueId: saved.id, locale } },
            create: { venueId: saved.id, locale, description: row.description },
            update: { description: row.description },
          });
        }
      }

      for (const meeting of data.meetings) {
        const venueId = venueIds.get(meeting.venueSlug);
        if (!venueId) throw new Error(`Demo meeting ${meeting.slug} names an unknown venue.`);
        const fields = {
          seriesId: series.id,
          venueId,
          startsAt: instant(meeting.date, meeting.startTime),
          endsAt: instant(meeting.date, meeting.endTime),
          spokenLanguages: meeting.spokenLanguages,
          interpretation: meeting.interpretation,
          hostName: meeting.hostName,
          wheelchairAccessible: meeting.wheelchairAccessible,
          parkingAvailable: meeting.parkingAvailable,
          transitNearby: meeting.transitNearby,
          childcareProvided: meeting.childcareProvided,
          status: meeting.status,
          publication: meeting.publication,
          // A cancelled demo session was announced first, then cancelled: one change.
          version: meeting.status === "SCHEDULED" ? 1 : 2,
        };
        const saved = await tx.meeting.upsert({
          where: { slug: meeting.slug },
          create: { slug: meeting.slug, ...fields },
          update: fields,
        });
        for (const { locale, row } of translationRows({
          title: meeting.title,
          description: meeting.description,
          hostTitle: meeting.hostTitle,
          accessibilityNotes: meeting.accessibilityNotes,
          statusNote: meeting.statusNote,
        })) {
          const text = {
            title: row.title ?? "",
            description: row.description ?? "",
            hostTitle: row.hostTitle ?? null,
            accessibilityNotes: row.accessibilityNotes ?? null,
            statusNote: row.statusNote ?? null,
          };
          await tx.meetingTranslation.upsert({
            where: { meetingId_locale: { meetingId: saved.id, locale } },
            create: { meetingId: saved.id, locale, ...text },
            update: text,
          });
        }
      }

      // Stated at the opening session (or today, if the demo opens later).
      const statedOn = dateKeyToDbDate(data.series.startsOn < today ? data.series.startsOn : today);
      for (const statement of DEMO_STATEMENTS) {
        // Created once: seeding again leaves an admin's edits (and their history) alone.
        if (await tx.statement.findUnique({ where: { id: statement.id }, select: { id: true } })) continue;
        await tx.statement.create({
          data: {
            id: statement.id,
            section: statement.section,
            position: statement.position,
            statedOn,
            translations: {
              create: SUPPORTED_LOCALES.map((locale) => ({
                locale,
                text: statement.text[locale],
                source: statement.source[locale],
              })),
            },
            versions: {
              create: {
                statedOn,
                textEn: statement.text.en,
                textEs: statement.text.es,
                sourceEn: statement.source.en,
                sourceEs: statement.source.es,
              },
            },
          },
        });
      }

      return { seriesId: series.id, venues: data.venues.length, meetings: data.meetings.length };
    },
    { timeout: 60_000 },
  );
}

/**
 * Deletes the demo admin and the demo data: the invented venues, every
 * meeting at them, and the demo series once nothing else is in it. What
 * staff created at their own venues stays.
 */
export async function removeDemo(db: PrismaClient) {
  return db.$transaction(async (tx) => {
    const accounts = await tx.user.deleteMany({ where: { isDemo: true } });
    const meetings = await tx.meeting.deleteMany({ where: { venue: { isDemo: true } } });
    const venues = await tx.venue.deleteMany({ where: { isDemo: true } });
    await tx.series.deleteMany({ where: { slug: DEMO_SERIES_SLUG, meetings: { none: {} } } });
    return { accounts: accounts.count, meetings: meetings.count, venues: venues.count };
  });
}
