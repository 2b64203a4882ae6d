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
