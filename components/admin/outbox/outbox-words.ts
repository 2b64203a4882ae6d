import { isEmailKindName, type EmailKindName } from "@/lib/email/kinds";

const NOTICES = { queued: "noticeQueued", testQueued: "noticeTestQueued" } as const;
const ERRORS = {
  notFailed: "errorNotFailed",
  notFound: "errorNotFound",
  emailOff: "errorEmailOff",
  forbidden: "errorForbidden",
  notAllowed: "errorForbidden",
  saveFailed: "errorSaveFailed",
  // A post refused by its schema: an id that is none of ours.
  invalid: "errorNotFound",
} as const;

/** The message key of an outbox page's ?notice= (set by lib/email/actions.ts), or null for anything else. */
export function outboxNoticeKey(value: unknown): (typeof NOTICES)[keyof typeof NOTICES] | null {
  return typeof value === "string" && Object.hasOwn(NOTICES, value) ? NOTICES[value as keyof typeof NOTICES] : null;
}

/** The message key of an outbox page's ?error=, or null. */
export function outboxErrorKey(value: unknown): (typeof ERRORS)[keyof typeof ERRORS] | null {
  return typeof value === "string" && Object.hasOwn(ERRORS, value) ? ERRORS[value as keyof typeof ERRORS] : null;
}

/** What a kind of message is called on the staff pages (an unknown one, from an older version, by its name). */
export function kindLabel(t: (key: `kind_${EmailKindName}`) => string, kind: string): string {
  return isEmailKindName(kind) ? t(`kind_${kind}`) : kind;
}
