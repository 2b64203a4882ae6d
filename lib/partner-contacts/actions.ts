"use server";

import { outcomeToFormState } from "@/lib/commands/outcome";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/form-action";
import { isLocale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { addPartnerContact, removePartnerContact } from "./mutations";
import { partnerContactIdSchema, partnerContactSchema } from "./schema";

/** Adds a notice contact to a partner place; back to the place's page, or the form with what was typed and why not. */
export async function addPartnerContactAction(
  locale: string,
  venueId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "venue.add-notice-contact", permission: "manageVenues", schema: partnerContactSchema },
    async (form) => {
      const result = await addPartnerContact(form.user, venueId, form.input);
      return outcomeToFormState(result, form.values, {
        ok: () =>
          redirect({
            href: { pathname: "/admin/venues/[id]", params: { id: venueId }, query: { contact: "added" } },
            locale: form.locale,
          }),
      });
    },
  );
}

/** Removes a notice contact (a plain form's button); back to the place's page either way. */
export async function removePartnerContactAction(locale: string, venueId: string, formData: FormData): Promise<void> {
  const state = await runFormAction(
    locale,
    formData,
    { action: "venue.remove-notice-contact", permission: "manageVenues", schema: partnerContactIdSchema },
    async (form) => {
      const result = await removePartnerContact(form.user, venueId, form.input.contactId);
      return redirect({
        href: {
          pathname: "/admin/venues/[id]",
          params: { id: venueId },
          query: { contact: result.ok ? "removed" : "notFound" },
        },
        locale: form.locale,
      });
    },
  );
  redirect({
    href: {
      pathname: "/admin/venues/[id]",
      params: { id: venueId },
      query: { contact: state.errors.form?.key === "notAllowed" ? "notAllowed" : "notFound" },
    },
    locale: isLocale(locale) ? locale : "es",
  });
}
