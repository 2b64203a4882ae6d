"use server";

import { formRefusal, runStaffForm } from "@/lib/forms/staff-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { createSeries, updateSeries } from "./mutations";
import { SERIES_SHAPE, seriesInputSchema } from "./schema";

/** Creates (seriesId null) or updates a series, then returns to the list; errors come back with what was typed. */
export async function saveSeriesAction(locale: string, seriesId: string | null, _previous: FormState, formData: FormData): Promise<FormState> {
  return runStaffForm(locale, formData, { action: "series.save", permission: "manageSeries", schema: seriesInputSchema, shape: SERIES_SHAPE }, async (form) => {
    const result = seriesId ? await updateSeries(form.user, seriesId, form.input) : await createSeries(form.user, form.input);
    if (result.ok) return redirect({ href: { pathname: "/admin/series", query: { saved: result.slug } }, locale: form.locale });
    if (result.reason === "sessionsOutside") {
      return formRefusal(form.values, "invalid", { form: { key: "sessionsOutside", values: { count: result.count } } });
    }
    return formRefusal(form.values, "refused", { form: { key: result.reason === "forbidden" ? "notAllowed" : "notFound" } });
  });
}
