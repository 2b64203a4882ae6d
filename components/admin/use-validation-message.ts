"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FieldError } from "@/lib/forms/form-state";
import { formatDateKey, formatMeetingStart } from "@/lib/time/format";

/** A field error in the staff member's language, dates written out in words. */
export function useValidationMessage(): (error: FieldError) => string {
  const t = useTranslations("Validation");
  const locale = useLocale();
  return (error) => {
    const values = Object.fromEntries(
      Object.entries(error.values ?? {}).map(([name, value]) => {
        if (typeof value === "string" && name.endsWith("Date")) return [name, formatDateKey(value, locale)];
        if (typeof value === "string" && name.endsWith("At"))
          return [name, formatMeetingStart(new Date(value), locale)];
        return [name, value];
      }),
    );
    return t(error.key, values);
  };
}
