import "server-only";
import type { AuditEvent } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import { can, type StaffUser } from "@/lib/auth/roles";
import { contentTransaction } from "@/lib/db/content-transaction";
import { isRecordId } from "@/lib/db/record-id";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  addDaysToDateKey,
  dateKeyToDbDate,
  dbDateToDateKey,
  MEETING_TIME_ZONE,
  zonedDateTimeToInstant,
} from "@/lib/time/central-time";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import type { SeriesInput } from "./schema";

/** The series as the audit log names it: its title in each language. */
function seriesEvent(input: Pick<SeriesInput, "titleEn" | "titleEs">): AuditEvent {
  return { code: "series.details", params: { title: { en: input.titleEn, es: input.titleEs } } };
}

export type SeriesMutationResult =
  | { ok: true; id: string; slug: string }
  | { ok: false; reason: "forbidden" | "notFound" }
  | { ok: false; reason: "sessionsOutside"; count: number };

type Tx = Prisma.TransactionClient;

function translationRows(input: SeriesInput) {
  return [
    { locale: "en", title: input.titleEn, description: input.descriptionEn },
    { locale: "es", title: input.titleEs, description: input.descriptionEs },
  ];
}

async function seriesSnapshot(tx: Tx, id: string) {
  const series = await tx.series.findUniqueOrThrow({ where: { id }, include: { translations: true } });
  const text = (locale: string, field: "title" | "description") =>
    series.translations.find((row) => row.locale === locale)?.[field] ?? null;
  return {
    slug: series.slug, organizer: series.organizer, startsOn: dbDateToDateKey(series.startsOn),
    endsOn: dbDateToDateKey(series.endsOn), timeZone: series.timeZone,
    titleEn: text("en", "title"), titleEs: text("es", "title"),
    descriptionEn: text("en", "description"), descriptionEs: text("es", "description"),
    requiresReview: series.requiresReview, editorsMayReview: series.editorsMayReview,
  };
}

/** Midnight in Dallas at the start of a calendar date, as an instant. */
function dallasMidnight(dateKey: string): Date {
  const result = zonedDateTimeToInstant(dateKey, "00:00", MEETING_TIME_ZONE);
  if (!result.ok) throw new Error(`Not a calendar date: ${dateKey}`);
  return result.instant;
}

/** How many of a series' sessions would fall outside the given dates (Dallas days). */
export async function countSessionsOutside(tx: Tx, seriesId: string, startsOn: string, endsOn: string): Promise<number> {
  return tx.meeting.count({
    where: {
      seriesId,
      OR: [{ startsAt: { lt: dallasMidnight(startsOn) } }, { startsAt: { gte: dallasMidnight(addDaysToDateKey(endsOn, 1)) } }],
    },
  });
}

/** The review settings as posted, from an admin; nothing from an editor (who must not switch review off). */
function reviewSettings(actor: StaffUser, input: SeriesInput) {
  return actor.role === "ADMIN" ? { requiresReview: input.requiresReview, editorsMayReview: input.editorsMayReview } : {};
}

/** Creates a series (always in Dallas time) with a slug made once from its English title. */
export async function createSeries(actor: StaffUser, input: SeriesInput): Promise<SeriesMutationResult> {
  if (!can(actor.role, "manageSeries")) return { ok: false, reason: "forbidden" };
  return contentTransaction({ action: "series.create", actor }, async (tx) => {
    const slug = await firstFreeSlug(slugify(input.titleEn), async (candidate) =>
      Boolean(await tx.series.findUnique({ where: { slug: candidate }, select: { id: true } })),
    );
    const series = await tx.series.create({
      data: {
        slug,
        organizer: input.organizer,
        startsOn: dateKeyToDbDate(input.startsOn),
        endsOn: dateKeyToDbDate(input.endsOn),
        timeZone: MEETING_TIME_ZONE,
        ...reviewSettings(actor, input),
        translations: { create: translationRows(input) },
      },
    });
    await recordAudit(tx, actor, {
      action: "CREATE", entityType: "series", entityId: series.id, event: seriesEvent(input),
      after: await seriesSnapshot(tx, series.id),
    });
    return { ok: true, id: series.id, slug };
  });
}

/**
 * Saves a series; its slug stays. Moving its dates so that existing sessions
 * fall outside is refused with how many, so none is silently orphaned.
 */
export async function updateSeries(actor: StaffUser, id: string, input: SeriesInput): Promise<SeriesMutationResult> {
  if (!can(actor.role, "manageSeries")) return { ok: false, reason: "forbidden" };
  if (!isRecordId(id)) return { ok: false, reason: "notFound" };
  return contentTransaction({ action: "series.update", actor, entityId: id }, async (tx) => {
    // Locks the row so a session added meanwhile cannot slip outside the new dates unseen.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Series" WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) return { ok: false, reason: "notFound" } as const;
    const count = await countSessionsOutside(tx, id, input.startsOn, input.endsOn);
    if (count > 0) return { ok: false, reason: "sessionsOutside", count } as const;
    const before = await seriesSnapshot(tx, id);
    await tx.series.update({
      where: { id },
      data: {
        organizer: input.organizer, startsOn: dateKeyToDbDate(input.startsOn), endsOn: dateKeyToDbDate(input.endsOn),
        ...reviewSettings(actor, input),
      },
    });
    for (const row of translationRows(input)) {
      await tx.seriesTranslation.upsert({
        where: { seriesId_locale: { seriesId: id, locale: row.locale } },
        create: { seriesId: id, ...row },
        update: { title: row.title, description: row.description },
      });
    }
    await recordAudit(tx, actor, {
      action: "UPDATE", entityType: "series", entityId: id, event: seriesEvent(input),
      before, after: await seriesSnapshot(tx, id),
    });
    return { ok: true, id, slug: before.slug };
  });
}
