"use server";

import { formRefusal, runStaffForm } from "@/lib/forms/staff-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { createVenue, updateVenue } from "./mutations";
import { venueInputSchema } from "./schema";

/** Creates (venueId null) or updates a venue, then returns to the list; errors come back with what was typed. */
export async function saveVenueAction(locale: string, venueId: string | null, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, { action: "venue.save", permission: "manageVenues", schema: venueInputSchema }, async (form) => {
    const result = venueId ? await updateVenue(form.user, venueId, form.input) : await createVenue(form.user, form.input);
    if (!result.ok) return formRefusal(form.values, "refused", { form: { key: result.reason === "forbidden" ? "notAllowed" : result.reason } });
    return redirect({ href: { pathname: "/admin/venues", query: { saved: result.slug } }, locale: form.locale });
  });
}
