"use server";

import { authorize } from "@/lib/auth/session";
import { fieldErrors, formValues, type FormState } from "@/lib/forms/form-state";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { createSeries, updateSeries } from "./mutations";
import { SERIES_FIELDS, seriesInputSchema, type SeriesField } from "./schema";

export type SeriesFormState = FormState<SeriesField>;

/** Creates (seriesId null) or updates a series, then returns to the list; errors come back with what was typed. */
export async function saveSeriesAction(
  locale: Locale,
  seriesId: string | null,
  _previous: SeriesFormState,
  formData: FormData,
): Promise<SeriesFormState> {
  const values = formValues(formData, SERIES_FIELDS);
  const authorization = await authorize("manageSeries");
  if (!authorization.ok) return { status: "refused", values, errors: {}, problem: authorization.reason };

  const parsed = seriesInputSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", values, errors: fieldErrors(parsed.error) };

  const result = seriesId
    ? await updateSeries(authorization.user, seriesId, parsed.data)
    : await createSeries(authorization.user, parsed.data);
  if (!result.ok) {
    return result.reason === "sessionsOutside"
      ? { status: "invalid", values, errors: {}, problem: result.reason, count: result.count }
      : { status: "failed", values, errors: {}, problem: result.reason };
  }
  return redirect({ href: { pathname: "/admin/series", query: { saved: result.slug } }, locale: isLocale(locale) ? locale : "es" });
}
