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

// ICU placeholders such as {date} or {count, plural, ...}: the argument names.
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\s*([a-zA-Z]+)\s*[,}]/g)].map((match) => match[1]!).sort();
}

describe("message files", () => {
  it("have exactly the same keys in English and Spanish", () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
  });

  it("have no empty strings", () => {
    const empty = Object.entries({ ...english, ...spanish }).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
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
    { avoid: /sesi[oó]n(es)?/i, use: "reunión", signInSense: /(iniciar|inicie|iniciando|cerrar|cerró la|cerraron todas sus) sesi[oó]n(es)?|sesión iniciada|su sesión terminó/gi },
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
