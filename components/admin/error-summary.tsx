"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FieldErrors } from "@/lib/forms/form-state";
import { useValidationMessage } from "./use-validation-message";

type Props = {
  errors: FieldErrors;
  labelFor: (field: string) => string | null;
  /** When several forms share a page, their field ids carry a prefix. */
  idPrefix?: string;
  /**
   * The fields this form holds itself. Any other field an answer names is
   * one of the page's main form (a publish step refused for a missing
   * Spanish title links to the edit form's title, where it can be written).
   * Unset: every field is this form's.
   */
  ownFields?: readonly string[];
};

/**
 * The list of problems above a form, each a link to its field; focused so
 * keyboard and screen-reader users land on it. A problem of the whole form
 * leads, once; the count is of the fields to correct, and a field whose
 * problem is that same sentence is named without repeating it.
 */
export function ErrorSummary({ errors, labelFor, idPrefix, ownFields }: Props) {
  const t = useTranslations("StaffForm");
  const message = useValidationMessage();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter((entry): entry is [string, NonNullable<(typeof entry)[1]>] =>
    Boolean(entry[1]),
  );

  useEffect(() => {
    if (entries.length) ref.current?.focus();
  }, [errors, entries.length]);

  if (!entries.length) return null;
  const formProblem = errors.form ? message(errors.form) : null;
  const fields = entries.filter(([field]) => field !== "form");
  const box = "rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900 outline-none";
  // A problem of the whole form alone (nothing saved, session ended) is its own sentence, not "correct 0 fields".
  if (formProblem && !fields.length) {
    return (
      <div ref={ref} tabIndex={-1} data-form-answer="" role="alert" className={`${box} font-semibold`}>
        {formProblem}
      </div>
    );
  }
  const href = (field: string) =>
    `#${idPrefix && (!ownFields || ownFields.includes(field)) ? `${idPrefix}-${field}` : field}`;
  return (
    <div ref={ref} tabIndex={-1} data-form-answer="" role="alert" className={box}>
      {formProblem ? <p className="font-bold">{formProblem}</p> : null}
      <p className={formProblem ? "mt-1" : "font-bold"}>{t("errorSummary", { count: fields.length })}</p>
      <ul className="mt-2 list-disc pl-5">
        {fields.map(([field, error]) => {
          const label = labelFor(field);
          const problem = message(error);
          const said = problem === formProblem;
          return (
            <li key={field}>
              {label ? (
                <a href={href(field)} className="text-red-900 underline">
                  {said ? label : `${label}: ${problem}`}
                </a>
              ) : (
                problem
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
