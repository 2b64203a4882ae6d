"use client";

import { useTranslations } from "next-intl";
import type { FormValues } from "@/lib/forms/form-state";

type Props = { current: FormValues; typed: FormValues; labelFor: (field: string) => string | null };

function shown(value: FormValues[string]): string {
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? "✓" : "—";
  return value ?? "";
}

/**
 * After an edit conflict: the fields someone else saved differently from
 * what this person typed, with the saved value, so they can compare and
 * re-apply their own (still in the form) or take the other.
 */
export function ConflictPanel({ current, typed, labelFor }: Props) {
  const t = useTranslations("MeetingForm");
  const differing = Object.keys(current).filter(
    (field) =>
      field !== "version" && field in typed && shown(current[field]) !== shown(typed[field]) && labelFor(field),
  );
  return (
    <section
      aria-labelledby="conflict-current-heading"
      className="rounded-md border-2 border-amber-700 bg-amber-50 p-4"
    >
      <h2 id="conflict-current-heading" className="text-lg font-bold">
        {t("conflictCurrentHeading")}
      </h2>
      <p className="mt-1">{t("conflictCurrentIntro")}</p>
      <dl className="mt-2 space-y-2" data-testid="conflict-current">
        {differing.map((field) => (
          <div key={field}>
            <dt className="font-semibold">{labelFor(field)}</dt>
            <dd className="break-words">{shown(current[field])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
