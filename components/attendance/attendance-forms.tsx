"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { ANSWER_ATTRIBUTES, useAnswerFocus } from "@/components/forms/use-answer-focus";
import { idleState, type FormState } from "@/lib/forms/form-state";
import type { TapChoice } from "@/lib/attendance/schema";

export type TapAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * The texts the forms show, already in the page's language (the server page
 * translates them); the thanks after a tap comes translated in the answer.
 */
export type AttendanceTexts = {
  plan: string;
  legend: string;
  languages: { code: TapChoice; label: string }[];
  tooMany: string;
  closed: string;
  failed: string;
};

function answerFor(state: FormState, texts: AttendanceTexts): { text: string; problem: boolean } | null {
  if (state.status === "idle") return null;
  if (state.status === "done" && state.done) return { text: state.done, problem: false };
  const key = state.errors.form?.key;
  if (key === "tooManyRequests") return { text: texts.tooMany, problem: true };
  if (key === "notFound") return { text: texts.closed, problem: true };
  return { text: texts.failed, problem: true };
}

/**
 * "I plan to come" and "I need interpretation in…": one button per choice,
 * each a plain form post, so a tap works without JavaScript; the page comes
 * back saying what was counted.
 */
export function AttendanceForms({
  action,
  permalink,
  texts,
}: {
  action: TapAction;
  permalink: string;
  texts: AttendanceTexts;
}) {
  const [state, formAction, pending] = useActionState(action, idleState(), permalink);
  const answer = answerFor(state, texts);
  const answerRef = useAnswerFocus<HTMLParagraphElement>(state);
  return (
    <div className="mt-3 space-y-4">
      <div aria-live="polite">
        {answer ? (
          <p
            ref={answerRef}
            {...ANSWER_ATTRIBUTES}
            className={`outline-none ${answer.problem ? "rounded-md border border-red-700 bg-red-50 p-3 font-semibold text-red-900" : "rounded-md bg-green-50 p-3 text-green-900"}`}
          >
            {answer.text}
          </p>
        ) : null}
      </div>
      <form action={formAction}>
        <Button type="submit" name="tap" value="plan" disabled={pending} tone="blue" width="narrow">
          {texts.plan}
        </Button>
      </form>
      <form action={formAction}>
        <fieldset>
          <legend className="font-semibold">{texts.legend}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {texts.languages.map((language) => (
              <Button
                key={language.code}
                type="submit"
                name="tap"
                value={language.code}
                disabled={pending}
                tone="blue"
                width="narrow"
              >
                {language.label}
              </Button>
            ))}
          </div>
        </fieldset>
      </form>
    </div>
  );
}
