import "server-only";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import type { Locale } from "@/lib/i18n/locales";
import { formTexts, translationFor } from "@/lib/i18n/translation";
import type { VenueField } from "./schema";

export type VenueListItem = {
  id: string;
  slug: string;
  name: string;
  kind: string;
  city: string;
  neighborhood: string | null;
  isPartner: boolean;
  meetingCount: number;
};

/** Every venue for the staff list, by name. */
export async function listVenuesForStaff(): Promise<VenueListItem[]> {
  const venues = await getDb().venue.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      city: true,
      neighborhood: true,
      isPartner: true,
      _count: { select: { meetings: true } },
    },
  });
  return venues.map(({ _count, ...venue }) => ({ ...venue, meetingCount: _count.meetings }));
}

export type VenueForEdit = { id: string; slug: string; values: Record<VenueField | "version", string> };

/** A venue as the edit form shows it (every field a string), or null. */
export async function getVenueForEdit(id: string): Promise<VenueForEdit | null> {
  if (!isRecordId(id)) return null;
  const venue = await getDb().venue.findUnique({ where: { id }, include: { translations: true } });
  if (!venue) return null;
  return {
    id: venue.id,
    slug: venue.slug,
    values: {
      name: venue.name,
      kind: venue.kind,
      street: venue.street,
      city: venue.city,
      region: venue.region,
      postalCode: venue.postalCode,
      neighborhood: venue.neighborhood ?? "",
      policeDivision: venue.policeDivision ?? "",
      latitude: venue.latitude?.toString() ?? "",
      longitude: venue.longitude?.toString() ?? "",
      isPartner: venue.isPartner ? "on" : "",
      contactName: venue.contactName ?? "",
      contactPhone: venue.contactPhone ?? "",
      contactEmail: venue.contactEmail ?? "",
      ...formTexts(venue.translations, "description"),
      ...formTexts(venue.translations, "directions"),
      // Posted back with the save: a save from a form shown before another one is refused (updateVenue).
      version: String(venue.version),
    },
  };
}

/** What feeds and the widget need to know about a venue: never its staff-only contact. */
export type VenueSummary = { id: string; slug: string; name: string; isPartner: boolean };

export async function getVenueSummaryBySlug(slug: string): Promise<VenueSummary | null> {
  return getDb().venue.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, isPartner: true },
  });
}

/** A partner venue as its public page shows it: address and description, never the staff-only contact. */
export type PublicPartner = {
  id: string;
  slug: string;
  name: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  neighborhood: string | null;
  isDemo: boolean;
  description: string;
};

/** A venue that is a partner, with its description in one language (or any, if that one is missing). */
export async function getPartnerBySlug(slug: string, locale: Locale): Promise<PublicPartner | null> {
  const venue = await getDb().venue.findFirst({
    where: { slug, isPartner: true },
    select: {
      id: true,
      slug: true,
      name: true,
      street: true,
      city: true,
      region: true,
      postalCode: true,
      neighborhood: true,
      isDemo: true,
      translations: { select: { locale: true, description: true } },
    },
  });
  if (!venue) return null;
  const { translations, ...fields } = venue;
  const text = translationFor(
    translations.filter((row) => row.description),
    locale,
  );
  return { ...fields, description: text?.description ?? "" };
}
