"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import type { FormState } from "@/lib/forms/form-state";
import { formWithErrors, outcomeToFormState } from "@/lib/commands/outcome";
import { runFormAction } from "@/lib/forms/form-action";
import type { Locale } from "@/lib/i18n/locales";
import { pagePath } from "@/lib/i18n/paths";
import { answerQuestion, deleteQuestion, publishQuestion, submitQuestion, unpublishQuestion } from "./mutations";
import { answerSchema, deleteQuestionSchema } from "./schema";

/**
 * The public question form (a meeting's page, meetingId bound there; "What
 * to know", meetingId null): anyone may post it, no account, no cookie. The
 * address limit and the honeypot come before the schema.
 */
export async function askQuestionAction(
  locale: string,
  meetingId: string | null,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(locale, formData, { action: "question.ask", permission: null, schema: null }, async (form) => {
    const result = await submitQuestion(form.values, clientIp(await headers()), meetingId, form.locale);
    if (result.ok) return { status: "done", values: {}, errors: {}, done: "asked" };
    if (result.reason === "tooMany")
      return formWithErrors(form.values, "refused", { form: { key: "tooManyQuestions" } });
    if (result.reason === "closed") return formWithErrors(form.values, "refused", { form: { key: "questionsClosed" } });
    return formWithErrors(form.values, "invalid", result.errors);
  });
}

// Redirects through next/navigation with the path from lib/i18n/paths, not
// next-intl's redirect: this module is imported by the meeting pages (the
// public form), and importing next-intl's navigation there would ship its
// Link and provider (16 KB gzipped) to every meeting page.
const backToQuestion = (id: string, locale: Locale) =>
  redirect(pagePath({ pathname: "/admin/questions/[id]", params: { id }, query: { saved: "1" } }, locale));

/** Staff: the answer in both languages. */
export async function answerQuestionAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "question.answer", permission: "answerQuestions", schema: answerSchema },
    async (form) => {
      const result = await answerQuestion(form.user, id, form.input);
      return outcomeToFormState(result, form.values, { ok: () => backToQuestion(id, form.locale) });
    },
  );
}

/** Staff: shows the question and its answer on the public pages. */
export async function publishQuestionAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "question.publish", permission: "answerQuestions", schema: null },
    async (form) => {
      const result = await publishQuestion(form.user, id);
      return outcomeToFormState(result, form.values, { ok: () => backToQuestion(id, form.locale) });
    },
  );
}

/** Staff: takes it off the public pages again. */
export async function unpublishQuestionAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "question.unpublish", permission: "answerQuestions", schema: null },
    async (form) => {
      const result = await unpublishQuestion(form.user, id);
      return outcomeToFormState(result, form.values, { ok: () => backToQuestion(id, form.locale) });
    },
  );
}

/** Staff: deletes the question; back to the list. */
export async function deleteQuestionAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "question.delete", permission: "answerQuestions", schema: deleteQuestionSchema },
    async (form) => {
      const result = await deleteQuestion(form.user, id);
      return outcomeToFormState(result, form.values, {
        ok: () => redirect(pagePath({ pathname: "/admin/questions", query: { deleted: "1" } }, form.locale)),
      });
    },
  );
}
