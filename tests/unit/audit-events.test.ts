import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { eventMessageValues, NO_VALUE } from "@/lib/audit/event-text";
import { AUDIT_EVENT_CODES, AUDIT_EVENTS, type ParamKind } from "@/lib/audit/events";
import { AuditActorKind } from "@/lib/generated/prisma/enums";
import { SUPPORTED_LOCALES } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

const MESSAGES = { en, es } as const;

type Tree = { [key: string]: string | Tree };

function messageAt(locale: keyof typeof MESSAGES, key: string): string | undefined {
  let node: string | Tree | undefined = MESSAGES[locale].AuditLog as Tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

// ICU arguments such as {person} or {days, plural, ...}.
const argumentsOf = (text: string) =>
  [...new Set([...text.matchAll(/\{\s*([a-zA-Z]+)\s*[,}]/g)].map((match) => match[1]!))].sort();

/** Stored parameters for a code, each a recognisable value of its kind. */
function sampleParams(code: keyof typeof AUDIT_EVENTS): Record<string, unknown> {
  const sample = (name: string, kind: ParamKind): unknown => {
    switch (kind.replace("?", "")) {
      case "text":
        return { en: `${name}-en`, es: `${name}-es` };
      case "person":
        return { name: `${name}-name`, email: `${name}@example.org` };
      case "date":
        return "2027-02-18";
      case "number":
        return 30;
      case "flag":
        return true;
      default:
        return `${name}-value`;
    }
  };
  return Object.fromEntries(Object.entries(AUDIT_EVENTS[code]).map(([name, kind]) => [name, sample(name, kind)]));
}

describe("audit event messages", () => {
  it.each(AUDIT_EVENT_CODES)("%s has a message in every language, with exactly its parameters", (code) => {
    const params = Object.keys(AUDIT_EVENTS[code]).sort();
    for (const locale of SUPPORTED_LOCALES) {
      const message = messageAt(locale, `events.${code}`);
      expect(message, `${locale}: AuditLog.events.${code}`).toBeTypeOf("string");
      expect(argumentsOf(message!), `${locale}: AuditLog.events.${code}`).toEqual(params);
    }
  });

  it.each(AUDIT_EVENT_CODES)("%s reads in each language with the values it was given", (code) => {
    const params = sampleParams(code);
    for (const locale of SUPPORTED_LOCALES) {
      const t = createTranslator({
        locale,
        messages: MESSAGES[locale],
        namespace: "AuditLog",
        onError: (error) => {
          throw error;
        },
      });
      const event = eventMessageValues(code, params, locale)!;
      const text = t(`events.${event.code}`, event.values);
      expect(text).not.toMatch(/[{}]/);
      for (const [name, kind] of Object.entries(AUDIT_EVENTS[code]) as [string, ParamKind][]) {
        if (kind.startsWith("plain")) expect(text, `${locale} ${code}`).toContain(`${name}-value`);
        if (kind.startsWith("text")) expect(text, `${locale} ${code}`).toContain(`${name}-${locale}`);
        if (kind.startsWith("person"))
          expect(text, `${locale} ${code}`).toContain(`${name}-name <${name}@example.org>`);
      }
    }
  });

  it("has a name for each of the app's own actors in every language", () => {
    const kinds = Object.values(AuditActorKind).filter((kind) => kind !== "STAFF");
    for (const locale of SUPPORTED_LOCALES) {
      for (const kind of kinds) expect(messageAt(locale, `actors.${kind}`), `${locale}: ${kind}`).toBeTypeOf("string");
    }
    expect(messageAt("es", "actors.SCHEDULER")).toBe("Publicación programada");
    expect(messageAt("en", "actors.SCHEDULER")).toBe("Scheduled publishing");
  });
});

describe("stored event parameters", () => {
  it("are worded for the reader: a title in their language (else the other), a date in their format, a missing person as none", () => {
    expect(
      eventMessageValues(
        "meeting.publishedOnSchedule",
        { title: { en: "Coffee" }, slug: "coffee", scheduledBy: null },
        "es",
      ),
    ).toEqual({
      code: "meeting.publishedOnSchedule",
      values: { title: "Coffee", slug: "coffee", scheduledBy: NO_VALUE },
    });
    expect(
      eventMessageValues("sessionRequest.details", { organization: "Bethel", preferredDate: "2027-02-18" }, "es")
        ?.values.preferredDate,
    ).toBe("18 de febrero de 2027");
    expect(
      eventMessageValues("sessionRequest.details", { organization: "Bethel", preferredDate: "2027-02-18" }, "en")
        ?.values.preferredDate,
    ).toBe("February 18, 2027");
    expect(
      eventMessageValues("user.details", { person: { name: "", email: "gone@example.org" } }, "en")?.values.person,
    ).toBe("gone@example.org");
  });

  it("that do not fit their code, or an unknown code, give nothing (the page shows the stored summary instead)", () => {
    expect(eventMessageValues("passkey.added", { passkey: "Phone" }, "en")).toBeNull();
    expect(
      eventMessageValues("passkey.added", { passkey: 3, person: { name: "A", email: "a@example.org" } }, "en"),
    ).toBeNull();
    expect(eventMessageValues("meeting.details", { title: "not per language", slug: "x" }, "en")).toBeNull();
    expect(eventMessageValues("secondFactor.appOn", null, "en")).toBeNull();
    expect(eventMessageValues("someday.new", {}, "en")).toBeNull();
    expect(eventMessageValues("toString", {}, "en")).toBeNull();
  });
});
