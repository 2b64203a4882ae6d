"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { inputClass } from "@/components/admin/form-field";
import type { FormAction } from "@/components/form-action";
import { Button } from "@/components/button";
import { ANSWER_ATTRIBUTES, useAnswerFocus } from "@/components/forms/use-answer-focus";
import { HoneypotField } from "@/components/honeypot-field";
import { idleState } from "@/lib/forms/form-state";

/** The form's words, translated on the server: the form ships no translation or validation code to the browser. */
export type QuestionFormText = {
  kept: string;
  label: string;
  hint: string;
  submit: string;
  thanks: string;
  honeypot: string;
  /** Validation keys the server may answer with, already translated. */
  errors: Record<string, string>;
};

/**
 * The anonymous question form: a plain form post, with or without
 * JavaScript; what was typed comes back on any error. Checked on the server
 * only, and deliberately small: the staff form kit (zod, next-intl's
 * message formatting) would add 20–50 KB to every meeting page, over the
 * page-weight budget for slow connections.
 */
export function QuestionForm({
  action,
  permalink,
  text,
}: {
  action: FormAction;
  permalink: string;
  text: QuestionFormText;
}) {
  const [state, formAction, pending] = useActionState(action, idleState(), permalink);
  const answer = useAnswerFocus<HTMLParagraphElement>(state);

  // As the staff forms do: post in a transition, so React does not reset what was typed.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  if (state.status === "done") {
    return (
      <p
        ref={answer}
        {...ANSWER_ATTRIBUTES}
        role="status"
        className="mt-4 rounded-md bg-green-50 p-3 text-green-900 outline-none"
      >
        {text.thanks}
      </p>
    );
  }
  const problem = state.errors.text ?? state.errors.form;
  const message = problem ? (text.errors[problem.key] ?? text.errors.invalid) : null;
  const typed = typeof state.values.text === "string" ? state.values.text : "";
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      <p className="rounded-lg border border-slate-300 bg-slate-50 p-3 text-base">{text.kept}</p>
      {message ? (
        <p
          ref={answer}
          {...ANSWER_ATTRIBUTES}
          id="question-text-error"
          role="alert"
          className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900 outline-none"
        >
          {state.errors.text ? `${text.label}: ${message}` : message}
        </p>
      ) : null}
      <div>
        <label htmlFor="question-text" className="block font-semibold">
          {text.label}
        </label>
        <p id="question-text-hint" className="text-base text-slate-700">
          {text.hint}
        </p>
        <textarea
          id="question-text"
          name="text"
          rows={4}
          defaultValue={typed}
          aria-invalid={state.errors.text ? true : undefined}
          aria-describedby={state.errors.text ? "question-text-hint question-text-error" : "question-text-hint"}
          className={`${inputClass} py-1`}
        />
      </div>
      <HoneypotField label={text.honeypot} id="question-website" />
      <Button type="submit" disabled={pending} tone="blue">
        {text.submit}
      </Button>
    </form>
  );
}
