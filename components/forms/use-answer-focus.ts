"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/form-state";

/**
 * Focus on a residents' form's answer (thanks or problem) as soon as there
 * is one, so keyboard and screen-reader users land on it: on the answer page
 * of a plain post once it runs with the framework, and after an answer that
 * came in place. A page without the framework gets the same from the inline
 * script (components/page-enhancements.tsx, `data-form-answer`).
 */
export function useAnswerFocus<T extends HTMLElement>(state: FormState) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (state.status !== "idle") ref.current?.focus();
  }, [state]);
  return ref;
}

/** The attributes that make an answer focusable by the hook above and by the inline script. */
export const ANSWER_ATTRIBUTES = { tabIndex: -1, "data-form-answer": "" } as const;
