import { can, type Permission, type StaffUser } from "@/lib/auth/roles";
import type { DateConflict, FieldErrors, FormState, FormValues, ValidationKey } from "@/lib/forms/form-state";

/**
 * What every write command answers (lib/<domain>/mutations.ts): `{ ok: true,
 * … }` when the change is saved, or `{ ok: false, reason, … }` when it is
 * refused and nothing was written. Expected refusals are values; anything
 * else is thrown. docs/architecture.md, "The write path".
 */

export type Denied = { ok: false; reason: "unauthenticated" | "forbidden" };
export type NotFound = { ok: false; reason: "notFound" };
export type Invalid = { ok: false; reason: "invalid"; errors: FieldErrors; conflicts?: DateConflict[] };
/** What is saved now, as its form shows it (the meeting form), put beside what this person typed. */
export type SavedForm = { values: object; statusNotes?: object; version: number };
/** Someone else saved first: nothing was written; `current` is what is saved now, when the form can show it. */
export type Conflict = { ok: false; reason: "conflict"; current?: SavedForm };

/** Any refusal: the shared ones above, or a domain's own reason ("requestClosed", "ownProposal"…). */
export type Refused = { ok: false; reason: string };
export type Outcome = { ok: true } | Refused;

/** The one role check of a write command: the actor as the session gave it (possibly nobody), allowed or refused. */
export function authorizeActor(
  actor: StaffUser | null,
  permission: Permission,
): { ok: true; actor: StaffUser } | Denied {
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (!can(actor.role, permission)) return { ok: false, reason: "forbidden" };
  return { ok: true, actor };
}

export function invalid(errors: FieldErrors, conflicts?: DateConflict[]): Invalid {
  return { ok: false, reason: "invalid", errors, ...(conflicts ? { conflicts } : {}) };
}

/** A form state for a post that was not saved: the form comes back as typed (secrets excepted) with the errors. */
export function formWithErrors(
  values: FormValues,
  status: "invalid" | "refused" | "failed",
  errors: FieldErrors,
  extra: Partial<FormState> = {},
): FormState {
  return { status, values, errors, ...extra };
}

/** The message each refusal shows on its form, when it is not a field's. */
const REFUSAL_KEYS: Record<string, ValidationKey> = {
  unauthenticated: "unauthenticated",
  forbidden: "notAllowed",
  notFound: "notFound",
  conflict: "editConflict",
  requestClosed: "requestClosed",
  notAnswered: "answerFirst",
  ownProposal: "ownRequest",
};

type Handlers<T extends Outcome> = {
  /** What a saved change answers: usually a redirect (thrown), or a notice on the same page. */
  ok: (done: Extract<T, { ok: true }>) => FormState;
  /** Where a vanished record sends the form instead of an error (the meeting pages: the dashboard). */
  notFound?: () => never;
  /** A form's own words for a refusal ("forbidden" on a review step: "notReviewer"). */
  keys?: Partial<Record<string, ValidationKey>>;
};

/**
 * The one way a command's outcome becomes the form's state: the change's own
 * answer when saved; otherwise the form as typed, with the field errors of
 * an invalid post, what is saved now beside it after an edit conflict, or
 * the refusal's message.
 */
export function outcomeToFormState<T extends Outcome>(outcome: T, values: FormValues, on: Handlers<T>): FormState {
  if (outcome.ok) return on.ok(outcome as Extract<T, { ok: true }>);
  const refused = outcome as unknown as Refused &
    Partial<Omit<Invalid, "ok" | "reason">> &
    Partial<Omit<Conflict, "ok" | "reason">> & { count?: number };
  if (refused.reason === "notFound" && on.notFound) on.notFound();
  if (refused.reason === "invalid" && refused.errors) {
    return formWithErrors(values, "invalid", refused.errors, refused.conflicts ? { conflicts: refused.conflicts } : {});
  }
  if (refused.reason === "sessionsOutside")
    return formWithErrors(values, "invalid", {
      form: { key: "sessionsOutside", values: { count: refused.count ?? 0 } },
    });
  if (refused.reason === "emailTaken") return formWithErrors(values, "invalid", { email: { key: "emailTaken" } });
  const key = on.keys?.[refused.reason] ?? REFUSAL_KEYS[refused.reason] ?? "notAllowed";
  const current = refused.reason === "conflict" && refused.current ? { current: savedFormValues(refused.current) } : {};
  return formWithErrors(values, "refused", { form: { key } }, current);
}

function savedFormValues(saved: SavedForm): FormValues {
  return {
    ...(saved.values as FormValues),
    ...(saved.statusNotes as FormValues | undefined),
    version: String(saved.version),
  };
}
