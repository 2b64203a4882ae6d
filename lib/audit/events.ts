import type { Locale } from "@/lib/i18n/locales";

/**
 * What an audit entry says happened, as data: an event code and its
 * parameters, never a sentence. The audit page puts it into words in the
 * reader's language (messages: AuditLog.events.<code>, lib/audit/event-text.ts);
 * a unit test checks that every code has a message in every language.
 *
 * Parameter kinds: `plain` a name as typed (a place, an organisation, a
 * passkey), `text` a text in each language (a title), `person` a staff
 * member, `date` a calendar date key, `number`, `flag` a yes/no. A trailing
 * `?` allows null (the message then reads its `none` case).
 */
export const AUDIT_EVENTS = {
  "meeting.details": { title: "text", slug: "plain" },
  "meeting.publishedOnSchedule": { title: "text", slug: "plain", scheduledBy: "person?" },
  "series.details": { title: "text" },
  "venue.details": { name: "plain" },
  "user.details": { person: "person" },
  "statement.details": { text: "text" },
  "statement.reviewSetting": { required: "flag" },
  "sessionRequest.details": { organization: "plain", preferredDate: "date" },
  "sessionRequest.contactDeleted": { organization: "plain", days: "number" },
  "question.answered": { question: "plain", meeting: "plain?" },
  "question.published": { question: "plain", meeting: "plain?" },
  "question.unpublished": { question: "plain", meeting: "plain?" },
  "question.deleted": { question: "plain", meeting: "plain?" },
  "question.expired": { question: "plain", meeting: "plain?", days: "number" },
  "secondFactor.appOn": { person: "person" },
  "secondFactor.appOff": { person: "person" },
  "secondFactor.backupCodesReplaced": { person: "person" },
  "secondFactor.backupCodeSignIn": { person: "person" },
  "secondFactor.backupCodeConfirm": { person: "person" },
  "secondFactor.reset": { person: "person" },
  "secondFactor.editorsSetting": { required: "flag" },
  "passkey.added": { passkey: "plain", person: "person" },
  "passkey.removed": { passkey: "plain", person: "person" },
} as const satisfies Record<string, Record<string, ParamKind>>;

type BaseKind = "plain" | "text" | "person" | "date" | "number" | "flag";
export type ParamKind = BaseKind | `${BaseKind}?`;

export type Person = { name: string; email: string };
export type LocalizedText = Partial<Record<Locale, string>>;

type BaseValue<K extends BaseKind> = {
  plain: string;
  text: LocalizedText;
  person: Person;
  /** "2027-02-20" */
  date: string;
  number: number;
  flag: boolean;
}[K];

type ParamValue<K> = K extends `${infer Base extends BaseKind}?`
  ? BaseValue<Base> | null
  : K extends BaseKind
    ? BaseValue<K>
    : never;

export type AuditEventCode = keyof typeof AUDIT_EVENTS;

export type AuditEventParams<C extends AuditEventCode> = {
  -readonly [P in keyof (typeof AUDIT_EVENTS)[C]]: ParamValue<(typeof AUDIT_EVENTS)[C][P]>;
};

/** One event with the parameters its code asks for. */
export type AuditEvent = { [C in AuditEventCode]: { code: C; params: AuditEventParams<C> } }[AuditEventCode];

export const AUDIT_EVENT_CODES = Object.keys(AUDIT_EVENTS) as AuditEventCode[];

export function isAuditEventCode(code: unknown): code is AuditEventCode {
  return typeof code === "string" && Object.hasOwn(AUDIT_EVENTS, code);
}

/** A staff member as the audit log names them. */
export function personOf(user: { name: string; email: string }): Person {
  return { name: user.name, email: user.email };
}

/** Texts of a row's translations, by language: `{ en: "…", es: "…" }`. */
export function textsByLocale<Row extends { locale: string }>(
  rows: Row[],
  field: { [F in keyof Row]: Row[F] extends string ? F : never }[keyof Row],
): LocalizedText {
  return Object.fromEntries(rows.map((row) => [row.locale, row[field] as string]));
}
