import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, type Conflict, type Denied, type NotFound } from "@/lib/commands/outcome";
import { isRecordId } from "@/lib/db/record-id";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { placeEditNeedsAdmin } from "@/lib/publishing/review-rule";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import type { VenueInput } from "./schema";

export type VenueSaved = { ok: true; id: string; slug: string };
/** An editor may not change what residents read about a place hosting reviewed meetings (lib/publishing/review-rule.ts). */
export type PlaceNeedsAdmin = { ok: false; reason: "placeEditNeedsAdmin" };
export type VenueOutcome = VenueSaved | Denied | NotFound | Conflict | PlaceNeedsAdmin;

function venueColumns(input: VenueInput) {
  return {
    name: input.name,
    kind: input.kind,
    street: input.street,
    city: input.city,
    region: input.region,
    postalCode: input.postalCode,
    neighborhood: input.neighborhood,
    policeDivision: input.policeDivision,
    latitude: input.latitude,
    longitude: input.longitude,
    isPartner: input.isPartner,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    contactEmail: input.contactEmail,
  };
}

function translationRows(input: VenueInput) {
  return [
    { locale: "en", description: input.descriptionEn, directions: input.directionsEn },
    { locale: "es", description: input.descriptionEs, directions: input.directionsEs },
  ];
}

/** What the audit log keeps of a venue: every field, flat, coordinates as text. */
async function venueSnapshot(tx: Tx, id: string) {
  const venue = await tx.venue.findUniqueOrThrow({ where: { id }, include: { translations: true } });
  const text = (locale: string, field: "description" | "directions") =>
    venue.translations.find((row) => row.locale === locale)?.[field] ?? null;
  return {
    slug: venue.slug,
    name: venue.name,
    kind: venue.kind,
    street: venue.street,
    city: venue.city,
    region: venue.region,
    postalCode: venue.postalCode,
    neighborhood: venue.neighborhood,
    policeDivision: venue.policeDivision,
    latitude: venue.latitude?.toString() ?? null,
    longitude: venue.longitude?.toString() ?? null,
    isPartner: venue.isPartner,
    contactName: venue.contactName,
    contactPhone: venue.contactPhone,
    contactEmail: venue.contactEmail,
    descriptionEn: text("en", "description"),
    descriptionEs: text("es", "description"),
    directionsEn: text("en", "directions"),
    directionsEs: text("es", "directions"),
  };
}

/** Staff-only fields: the place's contact for staff. Residents read every other field on meeting pages, calendar files and feeds. */
const STAFF_ONLY_FIELDS = new Set(["slug", "contactName", "contactPhone", "contactEmail"]);

/** Whether saving this input changes anything residents read about the place. */
function residentsWouldSee(before: Awaited<ReturnType<typeof venueSnapshot>>, input: VenueInput): boolean {
  const after: Record<string, unknown> = {
    ...venueColumns(input),
    latitude: input.latitude?.toString() ?? null,
    longitude: input.longitude?.toString() ?? null,
    descriptionEn: input.descriptionEn,
    descriptionEs: input.descriptionEs,
    directionsEn: input.directionsEn,
    directionsEs: input.directionsEs,
  };
  return Object.entries(before).some(
    ([field, value]) => !STAFF_ONLY_FIELDS.has(field) && (after[field] ?? null) !== (value ?? null),
  );
}

/**
 * Writes a new venue and its audit entry inside the caller's transaction:
 * the venue form's own save, and a place typed into the meeting form (saved
 * with the meeting, or not at all).
 */
export async function createVenueInTransaction(
  tx: Tx,
  actor: StaffUser | null,
  input: VenueInput,
): Promise<VenueSaved | Denied> {
  const access = authorizeActor(actor, "manageVenues");
  if (!access.ok) return access;
  const slug = await firstFreeSlug(slugify(input.name, "venue"), async (candidate) =>
    Boolean(await tx.venue.findUnique({ where: { slug: candidate }, select: { id: true } })),
  );
  const venue = await tx.venue.create({
    data: { ...venueColumns(input), slug, translations: { create: translationRows(input) } },
  });
  await recordAudit(tx, access.actor, {
    action: "CREATE",
    entityType: "venue",
    entityId: venue.id,
    event: { code: "venue.details", params: { name: venue.name } },
    after: await venueSnapshot(tx, venue.id),
  });
  return { ok: true, id: venue.id, slug };
}

/** Creates a venue with a slug made once from its name (then never changed). */
export async function createVenue(actor: StaffUser | null, input: VenueInput): Promise<VenueOutcome> {
  const access = authorizeActor(actor, "manageVenues");
  if (!access.ok) return access;
  return writeTransaction(
    { action: "venue.create", actor: access.actor },
    (tx) => createVenueInTransaction(tx, access.actor, input),
    { publicContent: true },
  );
}

/**
 * Saves a venue's fields; its slug stays what it was. The version the form
 * was shown with must still be the saved one: of two saves from the same
 * form, the second is refused (a conflict), never silently applied over
 * the first. An editor may not change what residents read about a place
 * that hosts upcoming meetings in a series that needs review
 * (lib/publishing/review-rule.ts); its staff contact, which residents never
 * see, stays theirs to keep current.
 */
export async function updateVenue(
  actor: StaffUser | null,
  id: string,
  input: VenueInput,
  now = new Date(),
): Promise<VenueOutcome> {
  const access = authorizeActor(actor, "manageVenues");
  if (!access.ok) return access;
  if (!isRecordId(id)) return { ok: false, reason: "notFound" };
  const staff = access.actor;
  return writeTransaction(
    { action: "venue.update", actor: staff, entityId: id },
    async (tx): Promise<VenueOutcome> => {
      const existing = await tx.venue.findUnique({ where: { id }, select: { id: true } });
      if (!existing) return { ok: false, reason: "notFound" };
      const before = await venueSnapshot(tx, id);
      if (residentsWouldSee(before, input) && (await placeEditNeedsAdmin(tx, staff, id, now)))
        return { ok: false, reason: "placeEditNeedsAdmin" };
      const version =
        input.version ?? (await tx.venue.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
      const { count } = await tx.venue.updateMany({
        where: { id, version },
        data: { ...venueColumns(input), version: { increment: 1 } },
      });
      if (count !== 1) return { ok: false, reason: "conflict" };
      for (const row of translationRows(input)) {
        await tx.venueTranslation.upsert({
          where: { venueId_locale: { venueId: id, locale: row.locale } },
          create: { venueId: id, ...row },
          update: { description: row.description, directions: row.directions },
        });
      }
      await recordAudit(tx, staff, {
        action: "UPDATE",
        entityType: "venue",
        entityId: id,
        event: { code: "venue.details", params: { name: input.name } },
        before,
        after: await venueSnapshot(tx, id),
      });
      return { ok: true, id, slug: before.slug };
    },
    { publicContent: true },
  );
}
