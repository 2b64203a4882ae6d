"use server";

import { authorize } from "@/lib/auth/session";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { createVenue, updateVenue } from "./mutations";
import { VENUE_FIELDS, venueInputSchema, type VenueField } from "./schema";

export type VenueFormState = FormState<VenueField>;

/** Creates (venueId null) or updates a venue, then returns to the list; errors come back with what was typed. */
export async function saveVenueAction(
  locale: Locale,
  venueId: string | null,
  _previous: VenueFormState,
  formData: FormData,
): Promise<VenueFormState> {
  const values = formValues(formData, VENUE_FIELDS);
  const authorization = await authorize("manageVenues");
  if (!authorization.ok) return { status: "refused", values, errors: {}, problem: authorization.reason };

  const parsed = venueInputSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", values, errors: fieldErrors(parsed.error) };

  const result = venueId
    ? await updateVenue(authorization.user, venueId, parsed.data)
    : await createVenue(authorization.user, parsed.data);
  if (!result.ok) return { status: "failed", values, errors: {}, problem: result.reason };
  return redirect({ href: { pathname: "/admin/venues", query: { saved: result.slug } }, locale: isLocale(locale) ? locale : "es" });
}
