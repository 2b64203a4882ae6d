import "server-only";
import type { Tx } from "@/lib/db/write-transaction";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { MeetingStatus, Publication } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { formTexts, translationFor } from "@/lib/i18n/translation";
import { dbDateToDateKey, zonedDateKey, instantToZonedParts } from "@/lib/time/central-time";
import type { MeetingFormValues } from "./schema";

type Reader = PrismaClient | Tx;

export const meetingWithText = { translations: true } satisfies Prisma.MeetingInclude;
export type MeetingWithText = Prisma.MeetingGetPayload<{ include: typeof meetingWithText }>;

/** A saved meeting as the form shows it: Central date and times, one field per language. */
export function meetingToFormValues(row: MeetingWithText): MeetingFormValues {
  const start = instantToZonedParts(row.startsAt);
  return {
    seriesId: row.seriesId,
    venueMode: "existing",
    venueId: row.venueId,
    venueKind: "CHURCH",
    venueName: "",
    venueStreet: "",
    venueCity: "Dallas",
    venuePostalCode: "",
    venueNeighborhood: "",
    date: start.date,
    startTime: start.time,
    endTime: instantToZonedParts(row.endsAt).time,
    spokenLanguages: row.spokenLanguages as MeetingFormValues["spokenLanguages"],
    interpretation: row.interpretation as MeetingFormValues["interpretation"],
    ...formTexts(row.translations, "title"),
    ...formTexts(row.translations, "description"),
    hostName: row.hostName,
    ...formTexts(row.translations, "hostTitle"),
    wheelchairAccessible: row.wheelchairAccessible,
    parkingAvailable: row.parkingAvailable,
    transitNearby: row.transitNearby,
    childcareProvided: row.childcareProvided,
    ...formTexts(row.translations, "accessibilityNotes"),
  };
}

export type EditableMeeting = {
  id: string;
  slug: string;
  version: number;
  status: MeetingStatus;
  publication: Publication;
  publishAt: Date | null;
  /** Who asked for review (they may not approve it), and the reviewer's comment after a send-back. */
  reviewRequestedById: string | null;
  reviewComment: string | null;
  /** An editor's cancellation or postponement, live, that someone else must confirm (lib/publishing/review-rule.ts). */
  statusToConfirmById: string | null;
  startsAt: Date;
  endsAt: Date;
  values: MeetingFormValues;
  /** The public notes of a cancelled or postponed session, to start the next change from. */
  statusNotes: { statusNoteEn: string; statusNoteEs: string };
};

export function toEditableMeeting(row: MeetingWithText): EditableMeeting {
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    status: row.status,
    publication: row.publication,
    publishAt: row.publishAt,
    reviewRequestedById: row.reviewRequestedById,
    reviewComment: row.reviewComment,
    statusToConfirmById: row.statusToConfirmById,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    values: meetingToFormValues(row),
    statusNotes: formTexts(row.translations, "statusNote"),
  };
}

export async function getEditableMeeting(id: string, db: Reader = getDb()): Promise<EditableMeeting | null> {
  if (!isRecordId(id)) return null;
  const row = await db.meeting.findUnique({ where: { id }, include: meetingWithText });
  return row ? toEditableMeeting(row) : null;
}

export const DASHBOARD_TABS = ["upcoming", "past", "cancelled", "drafts", "review"] as const;
export type DashboardTab = (typeof DASHBOARD_TABS)[number];

export type StaffMeetingRow = {
  id: string;
  slug: string;
  title: string;
  venueName: string;
  startsAt: Date;
  endsAt: Date;
  status: MeetingStatus;
  /** Cancelled or postponed by an editor, live, waiting to be confirmed. */
  awaitsConfirmation: boolean;
};

const DASHBOARD_LIMIT = 200;

/** The meetings whose draft change waits for review (few: a queue, not a history). */
async function changesInReview(): Promise<string[]> {
  const rows = await getDb().meetingRevision.findMany({
    where: { state: "IN_REVIEW" },
    select: { meetingId: true },
    take: DASHBOARD_LIMIT,
  });
  return rows.map((row) => row.meetingId);
}

/** The dashboard list: one tab, optionally narrowed by a title or venue search. */
export async function listStaffMeetings(
  tab: DashboardTab,
  search: string,
  locale: Locale,
  now: Date,
): Promise<StaffMeetingRow[]> {
  // The first three list what residents see or will see at its time; drafts and requests have tabs of their own.
  const released: Prisma.MeetingWhereInput = { publication: { in: ["PUBLISHED", "SCHEDULED"] } };
  const byTab: Record<DashboardTab, Prisma.MeetingWhereInput> = {
    upcoming: { ...released, endsAt: { gt: now }, status: { not: "CANCELLED" } },
    past: { ...released, endsAt: { lte: now }, status: { not: "CANCELLED" } },
    cancelled: { ...released, status: "CANCELLED" },
    drafts: { publication: "DRAFT" },
    // A new meeting waiting for review, a published one whose draft change is (by id: each part stays an index scan),
    // or a cancellation or postponement to confirm.
    review: {
      OR: [
        { publication: "IN_REVIEW" },
        { id: { in: tab === "review" ? await changesInReview() : [] } },
        { statusToConfirmById: { not: null } },
      ],
    },
  };
  const term = search.trim();
  const rows = await getDb().meeting.findMany({
    where: {
      ...byTab[tab],
      ...(term
        ? {
            OR: [
              { translations: { some: { title: { contains: term, mode: "insensitive" } } } },
              { venue: { name: { contains: term, mode: "insensitive" } } },
            ],
          }
        : {}),
    },
    orderBy: [{ startsAt: tab === "past" || tab === "cancelled" ? "desc" : "asc" }, { id: "asc" }],
    take: DASHBOARD_LIMIT,
    select: {
      id: true,
      slug: true,
      startsAt: true,
      endsAt: true,
      status: true,
      statusToConfirmById: true,
      translations: true,
      venue: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: translationFor(row.translations, locale)?.title ?? row.slug,
    venueName: row.venue.name,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    awaitsConfirmation: row.statusToConfirmById !== null,
  }));
}

export type SeriesOption = { id: string; title: string; startsOn: string; endsOn: string };
export type VenueOption = { id: string; name: string; neighborhood: string | null };

/**
 * What the meeting form offers to choose from. Series come in the order a
 * new session most likely belongs to: running and upcoming ones soonest
 * first (the first is preselected), then ended ones, latest first.
 */
export async function loadMeetingFormOptions(
  locale: Locale,
  today = zonedDateKey(new Date()),
): Promise<{ series: SeriesOption[]; venues: VenueOption[] }> {
  const db = getDb();
  const [series, venues] = await Promise.all([
    db.series.findMany({ orderBy: { startsOn: "desc" }, include: { translations: true } }),
    db.venue.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, neighborhood: true } }),
  ]);
  const options = series.map((row) => ({
    id: row.id,
    title: translationFor(row.translations, locale)?.title ?? row.slug,
    startsOn: dbDateToDateKey(row.startsOn),
    endsOn: dbDateToDateKey(row.endsOn),
  }));
  const current = options
    .filter((option) => option.endsOn >= today)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const ended = options.filter((option) => option.endsOn < today);
  return { series: [...current, ...ended], venues };
}
