import { z } from "zod";
import { VenueKind } from "@/lib/generated/prisma/enums";
import { isPlainText } from "@/lib/text/plain-text";

/** Length limits, shared by the form's maxLength attributes and the server check. */
export const VENUE_LIMITS = {
  name: 200,
  street: 200,
  city: 100,
  region: 50,
  neighborhood: 120,
  policeDivision: 120,
  contactName: 200,
  contactPhone: 40,
  contactEmail: 200,
  description: 2000,
  directions: 1000,
} as const;

export const VENUE_KINDS = Object.values(VenueKind);

export const VENUE_FIELDS = [
  "name",
  "kind",
  "street",
  "city",
  "region",
  "postalCode",
  "neighborhood",
  "policeDivision",
  "latitude",
  "longitude",
  "isPartner",
  "contactName",
  "contactPhone",
  "contactEmail",
  "descriptionEn",
  "descriptionEs",
  "directionsEn",
  "directionsEs",
] as const;

export type VenueField = (typeof VENUE_FIELDS)[number];

const required = (max: number) =>
  z.string().trim().min(1, "required").max(max, "tooLong").refine(isPlainText, "invalid");
// Empty optional text is stored as null.
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .refine(isPlainText, "invalid")
    .optional()
    .transform((value) => value || null);
const coordinate = (limit: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const number = Number(value);
      if (!Number.isFinite(number) || Math.abs(number) > limit) {
        context.addIssue({ code: "custom", message: "invalidCoordinate" });
        return z.NEVER;
      }
      return Math.round(number * 1e6) / 1e6;
    });

/** One venue as the form sends it; the same schema checks it on the server. */
export const venueInputSchema = z
  .object({
    name: required(VENUE_LIMITS.name),
    kind: z.enum(VENUE_KINDS, "required"),
    street: required(VENUE_LIMITS.street),
    city: required(VENUE_LIMITS.city),
    region: required(VENUE_LIMITS.region),
    postalCode: z
      .string()
      .trim()
      .regex(/^\d{5}(-\d{4})?$/, "postalCode"),
    neighborhood: optional(VENUE_LIMITS.neighborhood),
    policeDivision: optional(VENUE_LIMITS.policeDivision),
    latitude: coordinate(90),
    longitude: coordinate(180),
    isPartner: z
      .string()
      .optional()
      .transform((value) => value === "on" || value === "true"),
    contactName: optional(VENUE_LIMITS.contactName),
    contactPhone: optional(VENUE_LIMITS.contactPhone),
    contactEmail: z
      .string()
      .trim()
      .max(VENUE_LIMITS.contactEmail, "tooLong")
      .refine((value) => value === "" || z.email().safeParse(value).success, "invalidEmail")
      .optional()
      .transform((value) => value || null),
    descriptionEn: optional(VENUE_LIMITS.description),
    descriptionEs: optional(VENUE_LIMITS.description),
    directionsEn: optional(VENUE_LIMITS.directions),
    directionsEs: optional(VENUE_LIMITS.directions),
    // The version the edit form was shown with (lib/venues/mutations.ts updateVenue); a new venue has none.
    version: z.coerce.number().int().positive("invalid").optional(),
  })
  .superRefine((venue, context) => {
    if ((venue.latitude === null) !== (venue.longitude === null)) {
      const missing = venue.latitude === null ? "latitude" : "longitude";
      context.addIssue({ code: "custom", path: [missing], message: "coordinatesPair" });
    }
  });

export type VenueInput = z.infer<typeof venueInputSchema>;
