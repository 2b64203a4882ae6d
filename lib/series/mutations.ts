import "server-only";
import type { AuditEvent } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, type Denied, type NotFound } from "@/lib/commands/outcome";
import { isRecordId } from "@/lib/db/record-id";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { dateKeyToDbDate, dbDateToDateKey, MEETING_TIME_ZONE } from "@/lib/time/central-time";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import { countSessionsOutside } from "./data";
import type { SeriesInput } from "./schema";

/** The series as the audit log names it: its title in each language. */
function seriesEvent(input: Pick<SeriesInput, "titleEn" | "titleEs">): AuditEvent {
  return { code: "series.details", params: { title: { en: input.titleEn, es: input.titleEs } } };
}

export type SeriesOutcome =
  { ok: true; id: string; slug: string } | Denied | NotFound | { ok: false; reason: "sessionsOutside"; count: number };

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
    slug: series.slug,
    organizer: series.organizer,
    startsOn: dbDateToDateKey(series.startsOn),
    endsOn: dbDateToDateKey(series.endsOn),
    timeZone: series.timeZone,
    titleEn: text("en", "title"),
    titleEs: text("es", "title"),
    descriptionEn: text("en", "description"),
    descriptionEs: text("es", "description"),
    requiresReview: series.requiresReview,
    editorsMayReview: series.editorsMayReview,
  };
}

/** The review settings as posted, from an admin; nothing from an editor (who must not switch review off). */
function reviewSettings(actor: StaffUser, input: SeriesInput) {
  return actor.role === "ADMIN"
    ? { requiresReview: input.requiresReview, editorsMayReview: input.editorsMayReview }
    : {};
}

/** Creates a series (always in Dallas time) with a slug made once from its English title. */
export async function createSeries(actor: StaffUser | null, input: SeriesInput): Promise<SeriesOutcome> {
  const access = authorizeActor(actor, "manageSeries");
  if (!access.ok) return access;
  const staff = access.actor;
  return writeTransaction(
    { action: "series.create", actor: staff },
    async (tx) => {
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
          ...reviewSettings(staff, input),
          translations: { create: translationRows(input) },
        },
      });
      await recordAudit(tx, staff, {
        action: "CREATE",
        entityType: "series",
        entityId: series.id,
        event: seriesEvent(input),
        after: await seriesSnapshot(tx, series.id),
      });
      return { ok: true, id: series.id, slug } as const;
    },
    { publicContent: true },
  );
}

/**
 * Saves a series; its slug stays. Moving its dates so that existing sessions
 * fall outside is refused with how many, so none is silently orphaned.
 */
export async function updateSeries(actor: StaffUser | null, id: string, input: SeriesInput): Promise<SeriesOutcome> {
  const access = authorizeActor(actor, "manageSeries");
  if (!access.ok) return access;
  const staff = access.actor;
  if (!isRecordId(id)) return { ok: false, reason: "notFound" };
  return writeTransaction(
    { action: "series.update", actor: staff, entityId: id },
    async (tx): Promise<SeriesOutcome> => {
      // Locks the row so a session added meanwhile cannot slip outside the new dates unseen.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Series" WHERE id = ${id} FOR UPDATE`;
      if (locked.length === 0) return { ok: false, reason: "notFound" };
      const count = await countSessionsOutside(tx, id, input.startsOn, input.endsOn);
      if (count > 0) return { ok: false, reason: "sessionsOutside", count };
      const before = await seriesSnapshot(tx, id);
      await tx.series.update({
        where: { id },
        data: {
          organizer: input.organizer,
          startsOn: dateKeyToDbDate(input.startsOn),
          endsOn: dateKeyToDbDate(input.endsOn),
          ...reviewSettings(staff, input),
        },
      });
      for (const row of translationRows(input)) {
        await tx.seriesTranslation.upsert({
          where: { seriesId_locale: { seriesId: id, locale: row.locale } },
          create: { seriesId: id, ...row },
          update: { title: row.title, description: row.description },
        });
      }
      await recordAudit(tx, staff, {
        action: "UPDATE",
        entityType: "series",
        entityId: id,
        event: seriesEvent(input),
        before,
        after: await seriesSnapshot(tx, id),
      });
      return { ok: true, id, slug: before.slug };
    },
    { publicContent: true },
  );
}
