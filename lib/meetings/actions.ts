"use server";

import { authorize } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db/availability";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import {
  cancelMeeting,
  createMeeting,
  createRecurringMeetings,
  deleteMeeting,
  postponeMeeting,
  updateMeeting,
  type DateConflict,
  type Refused,
} from "./mutations";
import { formDataToValues, type FieldErrors, type FormValues } from "./schema";

/**
 * Thin entry points for the staff forms (plain form posts without
 * JavaScript). Each checks the session and role, hands the posted values to
 * a command in mutations.ts, and either redirects or returns the values as
 * typed with the errors.
 */

export type FormState = { values: FormValues; errors: FieldErrors; conflicts?: DateConflict[] };

function safeLocale(locale: unknown): Locale {
  return isLocale(locale) ? locale : "es";
}

async function staffOrSignIn(locale: Locale) {
  const auth = await authorize("manageMeetings");
  if (!auth.ok && auth.reason === "unauthenticated") return redirect({ href: "/admin/login", locale });
  return auth;
}

function editPage(locale: Locale, id: string, query: Record<string, string>): never {
  return redirect({ href: { pathname: "/admin/meetings/[id]", params: { id }, query }, locale });
}

/** Refusals every command shares: a stale form reloads the current values; a vanished meeting goes back to the list. */
function refusalState(locale: Locale, id: string | null, values: FormValues, result: Refused): FormState {
  if (result.reason === "conflict" && id) editPage(locale, id, { conflict: "1" });
  if (result.reason === "notFound") redirect({ href: { pathname: "/admin", query: { missing: "1" } }, locale });
  if (result.reason === "invalid") return { values, errors: result.errors, conflicts: result.conflicts };
  return { values, errors: { form: { key: "notAllowed" } } };
}

/**
 * The database being unreachable is expected now and then (a restart, a
 * failover): the form comes back as typed with "not saved, try again" instead
 * of the error page, which would lose everything typed. Other errors and the
 * redirects that end a successful save pass through.
 */
async function keepingFormOnOutage(values: FormValues, run: () => Promise<FormState>): Promise<FormState> {
  try {
    return await run();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { values, errors: { form: { key: "saveFailed" } } };
    throw error;
  }
}

export async function createMeetingAction(rawLocale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const locale = safeLocale(rawLocale);
  const values = formDataToValues(formData);
  return keepingFormOnOutage(values, async () => {
    const auth = await staffOrSignIn(locale);
    const result = await createMeeting(auth.ok ? auth.user : null, values);
    if (result.ok) editPage(locale, result.id, { saved: "created" });
    return refusalState(locale, null, values, result as Refused);
  });
}

export async function updateMeetingAction(rawLocale: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const locale = safeLocale(rawLocale);
  const values = formDataToValues(formData);
  return keepingFormOnOutage(values, async () => {
    const auth = await staffOrSignIn(locale);
    const result = await updateMeeting(auth.ok ? auth.user : null, id, Number(formData.get("version")), values);
    if (result.ok) editPage(locale, id, { saved: "updated" });
    return refusalState(locale, id, values, result as Refused);
  });
}

export async function cancelMeetingAction(rawLocale: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const locale = safeLocale(rawLocale);
  const values = formDataToValues(formData);
  return keepingFormOnOutage(values, async () => {
    const auth = await staffOrSignIn(locale);
    const result = await cancelMeeting(auth.ok ? auth.user : null, id, values);
    if (result.ok) editPage(locale, id, { saved: "cancelled" });
    return refusalState(locale, id, values, result as Refused);
  });
}

export async function postponeMeetingAction(rawLocale: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const locale = safeLocale(rawLocale);
  const values = formDataToValues(formData);
  return keepingFormOnOutage(values, async () => {
    const auth = await staffOrSignIn(locale);
    const result = await postponeMeeting(auth.ok ? auth.user : null, id, values);
    if (result.ok) editPage(locale, id, { saved: "postponed" });
    return refusalState(locale, id, values, result as Refused);
  });
}

export async function deleteMeetingAction(rawLocale: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const locale = safeLocale(rawLocale);
  const values = formDataToValues(formData);
  return keepingFormOnOutage(values, async () => {
    const auth = await staffOrSignIn(locale);
    const result = await deleteMeeting(auth.ok ? auth.user : null, id, { version: formData.get("version"), confirm: formData.get("confirm") });
    if (result.ok) redirect({ href: { pathname: "/admin", query: { deleted: "1" } }, locale });
    return refusalState(locale, id, values, result as Refused);
  });
}

export async function createRecurringAction(rawLocale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const locale = safeLocale(rawLocale);
  const values = formDataToValues(formData);
  return keepingFormOnOutage(values, async () => {
    const auth = await staffOrSignIn(locale);
    const result = await createRecurringMeetings(auth.ok ? auth.user : null, values);
    if (result.ok) redirect({ href: { pathname: "/admin", query: { created: String(result.ids.length) } }, locale });
    return refusalState(locale, null, values, result as Refused);
  });
}
