import { SUPPORTED_LOCALES, type Locale } from "@/lib/i18n/locales";
import { formatDateKey } from "@/lib/time/format";
import { AUDIT_EVENTS, isAuditEventCode, type AuditEventCode, type ParamKind } from "./events";

export type EventMessageValues = Record<string, string | number>;

/** What `{none}` reads in a message for a parameter that was null. */
export const NO_VALUE = "none";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** "Ana Pérez <ana@example.org>", or the address alone when the name was not kept. */
export function personText(person: { name: string; email: string }): string {
  return person.name ? `${person.name} <${person.email}>` : person.email;
}

/** A text in the reader's language, else in the other one. */
function textIn(texts: Record<string, unknown>, locale: Locale): string | null {
  for (const candidate of [locale, ...SUPPORTED_LOCALES]) {
    const text = texts[candidate];
    if (typeof text === "string" && text) return text;
  }
  return null;
}

/** One stored parameter as message text, or undefined when it is not of its kind. */
function paramText(kind: ParamKind, value: unknown, locale: Locale): string | number | undefined {
  const optional = kind.endsWith("?");
  if (value === null || value === undefined) return optional ? NO_VALUE : undefined;
  switch (optional ? kind.slice(0, -1) : kind) {
    case "plain":
      return typeof value === "string" ? value : undefined;
    case "text":
      return isRecord(value) ? (textIn(value, locale) ?? undefined) : undefined;
    case "person":
      return isRecord(value) && typeof value.email === "string"
        ? personText({ name: typeof value.name === "string" ? value.name : "", email: value.email })
        : undefined;
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateKey(value, locale) : undefined;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? value : undefined;
    case "flag":
      return typeof value === "boolean" ? (value ? "yes" : "no") : undefined;
    default:
      return undefined;
  }
}

/**
 * A stored event, ready for its message (`AuditLog.events.<code>`) in the
 * reader's language: names and titles as typed (a title in the reader's
 * language when it has one), dates formatted for the locale, a staff member
 * as name and address. Null for a code this version does not know or
 * parameters that do not fit it: the page then shows the entry's stored
 * summary, or the code.
 */
export function eventMessageValues(
  code: unknown,
  params: unknown,
  locale: Locale,
): { code: AuditEventCode; values: EventMessageValues } | null {
  if (!isAuditEventCode(code) || !isRecord(params)) return null;
  const values: EventMessageValues = {};
  for (const [name, kind] of Object.entries(AUDIT_EVENTS[code]) as [string, ParamKind][]) {
    const text = paramText(kind, params[name], locale);
    if (text === undefined) return null;
    values[name] = text;
  }
  return { code, values };
}

/** A translator of the audit log's event messages (next-intl's, for the AuditLog namespace). */
export type EventTranslator = (key: `events.${AuditEventCode}`, values: EventMessageValues) => string;

/**
 * What an entry says happened, in the reader's language; an entry from
 * before event codes shows the label it was stored with, as it was stored.
 */
export function auditEntryText(
  entry: { event: string | null; params: unknown; summary: string | null },
  locale: Locale,
  translate: EventTranslator,
): string {
  const event = eventMessageValues(entry.event, entry.params, locale);
  return event ? translate(`events.${event.code}`, event.values) : (entry.summary ?? entry.event ?? "");
}
