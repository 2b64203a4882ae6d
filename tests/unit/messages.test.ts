import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const english = flatten(en);
const spanish = flatten(es);

// ICU placeholders such as {date} or {count, plural, ...}: the argument
// names. They are camelCase here, so a capitalised "{Preguntas}" or
// "{Respondida, …}" is the text of a plural branch, not an argument.
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\s*([a-z][a-zA-Z]*)\s*[,}]/g)].map((match) => match[1]!).sort();
}

// Arguments that are a number of things. Each must be said through `plural`
// (and shown as `#` inside it), never dropped in bare: "Preguntas (1
// nuevas)" is what a bare count gives in Spanish.
const COUNT_ARGUMENTS = new Set(["count", "total", "pageCount", "shown", "cancelled", "plan", "minutes", "max"]);

/** The count arguments a message uses other than as `{name, plural, …}`. */
function countsWithoutPlural(text: string): string[] {
  return [...text.matchAll(/\{\s*([a-z][a-zA-Z]*)\s*(?:,\s*([a-zA-Z]+)\s*)?[,}]/g)]
    .filter(([, name, type]) => COUNT_ARGUMENTS.has(name!) && type !== "plural")
    .map(([, name]) => name!);
}

describe("counts in messages", () => {
  it("are found bare, and accepted as plurals", () => {
    expect(countsWithoutPlural("Preguntas ({count} nuevas)")).toEqual(["count"]);
    expect(countsWithoutPlural("{count, number} nuevas")).toEqual(["count"]);
    expect(countsWithoutPlural("{count, plural, one {# nueva} other {{count} nuevas}}")).toEqual(["count"]);
    expect(countsWithoutPlural("{count, plural, one {# nueva} other {# nuevas}}")).toEqual([]);
    expect(countsWithoutPlural("{total, plural, other {Página {page} de #}}")).toEqual([]);
  });
});

describe("counts as staff read them", () => {
  const say = (locale: "en" | "es", key: string, values: Record<string, string | number>) =>
    createTranslator({ locale, messages: locale === "en" ? en : es })(key as never, values as never);

  it.each([
    ["es", "Admin.navQuestions", { count: 1 }, "Preguntas (1 nueva)"],
    ["es", "Admin.navQuestions", { count: 3 }, "Preguntas (3 nuevas)"],
    ["es", "Admin.navQuestions", { count: 0 }, "Preguntas"],
    ["en", "Admin.navQuestions", { count: 1 }, "Questions (1 new)"],
    ["es", "RequestAdmin.tab_NEW", { count: 1 }, "Nueva (1)"],
    ["es", "RequestAdmin.tab_ACCEPTED", { count: 2 }, "Aceptadas (2)"],
    ["es", "QuestionAdmin.tab_PUBLISHED", { count: 1 }, "Publicada (1)"],
    ["es", "AttendanceAdmin.dashboardInterpretation", { count: 1, language: "vietnamita" }, "1 pide vietnamita"],
    ["es", "DraftChange.changedCount", { count: 1 }, "Cambia 1 dato:"],
    ["en", "DraftChange.changedCount", { count: 2 }, "2 fields change:"],
    ["es", "StaffForm.errorSummary", { count: 1 }, "Por favor, corrija 1 campo:"],
  ] as const)("%s %s with %o: %s", (locale, key, values, expected) => {
    expect(say(locale, key, values)).toBe(expected);
  });
});

describe("message files", () => {
  it("have exactly the same keys in English and Spanish", () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
  });

  it("have no empty strings", () => {
    const empty = Object.entries({ ...english, ...spanish }).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it.each([
    ["en", english],
    ["es", spanish],
  ] as const)("in %s, say every count through an ICU plural", (_locale, messages) => {
    const bare = Object.entries(messages).flatMap(([key, text]) =>
      countsWithoutPlural(text).map((name) => `${key}: {${name}} in "${text}"`),
    );
    expect(bare).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const mismatched = Object.keys(english).filter(
      (key) => JSON.stringify(placeholders(english[key]!)) !== JSON.stringify(placeholders(spanish[key] ?? "")),
    );
    expect(mismatched).toEqual([]);
  });
});

// The staff menu, the dashboard's buttons and the pages they open call each
// page by the same name (the menu once said "Sesiones periódicas" for a page
// headed "Sesiones que se repiten").
const SAME_NAME: [string, string][] = [
  ["Admin.navMeetings", "Dashboard.heading"],
  ["Admin.navNewMeeting", "MeetingForm.newHeading"],
  ["Dashboard.newMeeting", "MeetingForm.newHeading"],
  ["Admin.navRecurring", "MeetingForm.recurringHeading"],
  ["Dashboard.recurring", "MeetingForm.recurringHeading"],
  ["Admin.navVenues", "VenueAdmin.listTitle"],
  ["Admin.navSeries", "SeriesAdmin.listTitle"],
  ["Admin.navStaff", "StaffAdmin.title"],
  ["Admin.navAudit", "AuditLog.title"],
  ["Admin.navAccount", "Account.heading"],
  ["Admin.navOutbox", "OutboxAdmin.title"],
  ["Login.forgotPassword", "PasswordReset.requestTitle"],
];

// One word per thing in each language. A meeting is never a "session": that
// word means being signed in. Placeholders such as {venue} are not text.
const OTHER_NAMES: Record<"en" | "es", { avoid: RegExp; use: string; signInSense?: RegExp }[]> = {
  en: [
    { avoid: /\bsessions?\b/i, use: "meeting", signInSense: /your session has ended/gi },
    { avoid: /\bvenues?\b/i, use: "place" },
    { avoid: /Dallas time/i, use: "Central time" },
  ],
  es: [
    {
      avoid: /sesi[oó]n(es)?/i,
      use: "reunión",
      signInSense:
        /(iniciar|inicie|iniciando|cerrar|cerró la|cerraron todas sus) sesi[oó]n(es)?|sesión iniciada|su sesión terminó/gi,
    },
    { avoid: /peri[oó]dic/i, use: "que se repiten" },
    { avoid: /\baliad[oa]s?\b/i, use: "socio" },
    { avoid: /vecindario/i, use: "barrio" },
    { avoid: /pospu|pospon/i, use: "aplazar" },
    { avoid: /hora de Dallas|hora del Centro|horario central/, use: "hora del centro" },
  ],
};

describe("names of things", () => {
  it.each(SAME_NAME)("%s says what %s says, in both languages", (link, heading) => {
    expect([english[link], spanish[link]]).toEqual([english[heading], spanish[heading]]);
  });

  it.each(["en", "es"] as const)("%s uses one word for each thing", (locale) => {
    const messages = locale === "en" ? english : spanish;
    const found = Object.entries(messages).flatMap(([key, text]) =>
      OTHER_NAMES[locale]
        .filter(({ avoid, signInSense }) => {
          const words = text.replace(/\{[^{}]*\}/g, "");
          return avoid.test(signInSense ? words.replace(signInSense, "") : words);
        })
        .map(({ use }) => `${key}: "${text}" (say "${use}")`),
    );
    expect(found).toEqual([]);
  });
});
