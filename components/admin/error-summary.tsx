"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FieldErrors } from "@/lib/forms/form-state";
import { useValidationMessage } from "./use-validation-message";

type Props = { errors: FieldErrors; labelFor: (field: string) => string | null; /** When several forms share a page, their field ids carry a prefix. */ idPrefix?: string };

/** The list of problems above a form, each a link to its field; focused so keyboard and screen-reader users land on it. */
export function ErrorSummary({ errors, labelFor, idPrefix }: Props) {
  const t = useTranslations("StaffForm");
  const message = useValidationMessage();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter((entry): entry is [string, NonNullable<(typeof entry)[1]>] => Boolean(entry[1]));

  useEffect(() => {
    if (entries.length) ref.current?.focus();
  }, [errors, entries.length]);

  if (!entries.length) return null;
  const formProblem = errors.form;
  // A problem of the whole form (nothing saved, session ended) is its own sentence, not "correct 1 field".
  if (formProblem && entries.length === 1) {
    return (
      <div ref={ref} tabIndex={-1} data-form-answer="" role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900 outline-none">
        {message(formProblem)}
      </div>
    );
  }
  return (
    <div ref={ref} tabIndex={-1} data-form-answer="" role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900 outline-none">
      <p className="font-bold">{t("errorSummary", { count: entries.length })}</p>
      <ul className="mt-2 list-disc pl-5">
        {entries.map(([field, error]) => {
          const label = labelFor(field);
          return (
            <li key={field}>
              {label ? (
                <a href={`#${idPrefix ? `${idPrefix}-${field}` : field}`} className="text-red-900 underline">
                  {label}: {message(error)}
                </a>
              ) : (
                message(error)
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
