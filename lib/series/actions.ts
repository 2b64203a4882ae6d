"use server";

import { outcomeToFormState } from "@/lib/commands/outcome";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/form-action";
import { redirect } from "@/lib/i18n/navigation";
import { createSeries, updateSeries } from "./mutations";
import { SERIES_SHAPE, seriesInputSchema } from "./schema";

/** Creates (seriesId null) or updates a series, then returns to the list; errors come back with what was typed. */
export async function saveSeriesAction(
  locale: string,
  seriesId: string | null,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "series.save", permission: "manageSeries", schema: seriesInputSchema, shape: SERIES_SHAPE },
    async (form) => {
      const result = seriesId
        ? await updateSeries(form.user, seriesId, form.input)
        : await createSeries(form.user, form.input);
      return outcomeToFormState(result, form.values, {
        ok: (saved) =>
          redirect({ href: { pathname: "/admin/series", query: { saved: saved.slug } }, locale: form.locale }),
      });
    },
  );
}
