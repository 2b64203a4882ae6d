"use server";

import { outcomeToFormState } from "@/lib/commands/outcome";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/form-action";
import { redirect } from "@/lib/i18n/navigation";
import { createVenue, updateVenue } from "./mutations";
import { venueInputSchema } from "./schema";

/** Creates (venueId null) or updates a venue, then returns to the list; errors come back with what was typed. */
export async function saveVenueAction(
  locale: string,
  venueId: string | null,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "venue.save", permission: "manageVenues", schema: venueInputSchema },
    async (form) => {
      const result = venueId
        ? await updateVenue(form.user, venueId, form.input)
        : await createVenue(form.user, form.input);
      return outcomeToFormState(result, form.values, {
        ok: (saved) =>
          redirect({ href: { pathname: "/admin/venues", query: { saved: saved.slug } }, locale: form.locale }),
        // The venue form shows no saved copy beside the typed one, as the meeting form does.
        keys: { conflict: "staleForm", placeEditNeedsAdmin: "placeEditNeedsAdmin" },
      });
    },
  );
}
