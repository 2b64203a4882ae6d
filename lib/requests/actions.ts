"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import type { FormState } from "@/lib/forms/form-state";
import { formWithErrors, outcomeToFormState } from "@/lib/commands/outcome";
import { runFormAction } from "@/lib/forms/form-action";
import { redirect } from "@/lib/i18n/navigation";
import { acceptRequest, declineRequest, submitSessionRequest, updateRequestNotes } from "./mutations";
import { acceptRequestSchema, declineRequestSchema, REQUEST_SHAPE, requestNotesSchema } from "./schema";

/**
 * The public "request a session" form: anyone may post it (no account, no
 * cookie). The address limit and the honeypot come before the schema, so a
 * refused post tells a bot nothing it could use.
 */
export async function submitSessionRequestAction(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "request.submit", permission: null, schema: null, shape: REQUEST_SHAPE },
    async (form) => {
      const result = await submitSessionRequest(form.values, clientIp(await headers()));
      if (result.ok) return { status: "done", values: {}, errors: {}, done: "submitted" };
      if (result.reason === "tooMany")
        return formWithErrors(form.values, "refused", { form: { key: "tooManyRequests" } });
      return formWithErrors(form.values, "invalid", result.errors);
    },
  );
}

/** Staff: the request's notes and whether someone is on it. */
export async function saveRequestNotesAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "request.update", permission: "manageRequests", schema: requestNotesSchema },
    async (form) => {
      const result = await updateRequestNotes(form.user, id, form.input);
      return outcomeToFormState(result, form.values, {
        ok: () =>
          redirect({
            href: { pathname: "/admin/requests/[id]", params: { id }, query: { saved: "1" } },
            locale: form.locale,
          }),
      });
    },
  );
}

/** Staff: declines the request. */
export async function declineRequestAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "request.decline", permission: "manageRequests", schema: declineRequestSchema },
    async (form) => {
      const result = await declineRequest(form.user, id, form.input);
      return outcomeToFormState(result, form.values, {
        ok: () =>
          redirect({
            href: { pathname: "/admin/requests/[id]", params: { id }, query: { saved: "1" } },
            locale: form.locale,
          }),
      });
    },
  );
}

/** Staff: accepts the request; its draft meeting opens next. */
export async function acceptRequestAction(
  locale: string,
  id: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(
    locale,
    formData,
    { action: "request.accept", permission: "manageRequests", schema: acceptRequestSchema },
    async (form) => {
      const result = await acceptRequest(form.user, id, form.input);
      return outcomeToFormState(result, form.values, {
        ok: (accepted) =>
          redirect({
            href: { pathname: "/admin/meetings/[id]", params: { id: accepted.meetingId } },
            locale: form.locale,
          }),
      });
    },
  );
}
