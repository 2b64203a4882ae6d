"use client";

import { startTransition, useActionState, useState, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";
import {
  formDataToValues,
  idleState,
  toFieldErrors,
  type FieldErrors,
  type FormShape,
  type FormState,
  type FormValues,
} from "@/lib/forms/form-state";
import { ErrorSummary } from "@/components/admin/error-summary";
import { useValidationMessage } from "@/components/admin/use-validation-message";

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

type Options = {
  action: FormAction;
  initialValues?: FormValues;
  /**
   * The schema the server checks with; null where only the server can judge
   * (a password against its hash); or a choice by the posted form, when its
   * buttons ask for different checks (a draft or a publish).
   */
  schema: z.ZodType | null | ((formData: FormData) => z.ZodType | null);
  shape?: FormShape;
  /** A residents' form: where it posts without JavaScript (see lib/i18n/form-sections.ts). */
  permalink?: string;
};

/**
 * The browser half of every form, staff and residents' (the server half:
 * lib/forms/form-action.ts runFormAction). It checks the form with the
 * server's own schema before posting (instant errors), then posts it in a
 * transition rather than as a plain form action, so React does not reset
 * the fields: whatever the answer (refused, invalid, database down), every
 * field keeps what was typed, passwords included. Without JavaScript the
 * same action runs as a plain form post and the page comes back with the
 * values the server echoed (passwords excepted).
 */
export function useFormAction({ action, initialValues = {}, schema, shape, permalink }: Options) {
  const [state, formAction, pending] = useActionState(action, idleState(initialValues), permalink);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const message = useValidationMessage();
  const errors = clientErrors ?? state.errors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    const chosen = typeof schema === "function" ? schema(formData) : schema;
    const result = chosen?.safeParse(formDataToValues(formData, shape));
    if (result && !result.success) {
      setClientErrors(toFieldErrors(result.error));
      return;
    }
    setClientErrors(null);
    startTransition(() => formAction(formData));
  }

  const values = state.values;
  return {
    state,
    errors,
    pending,
    formAction,
    onSubmit,
    text: (name: string) => (typeof values[name] === "string" ? (values[name] as string) : ""),
    list: (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : []),
    checked: (name: string) => values[name] === true || values[name] === "on",
    error: (name: string) => (errors[name] ? message(errors[name]!) : undefined),
  };
}

export type FormActionApi = ReturnType<typeof useFormAction>;

type Props = {
  form: FormActionApi;
  /** The label of a field, for the summary's links; null for the form as a whole. */
  labelFor: (field: string) => string | null;
  /** When several forms share a page, their field ids carry a prefix. */
  idPrefix?: string;
  /** The fields this form holds, when an answer may name the page's main form's too (see ErrorSummary). */
  ownFields?: readonly string[];
  className?: string;
  children: ReactNode;
};

/** The form element with the error summary every form shows above its fields. */
export function ActionForm({ form, labelFor, idPrefix, ownFields, className, children }: Props) {
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className={className}>
      <ErrorSummary errors={form.errors} labelFor={labelFor} idPrefix={idPrefix} ownFields={ownFields} />
      {children}
    </form>
  );
}
