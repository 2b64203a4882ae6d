import { describe, expect, it } from "vitest";
import { formTexts, translationFor, translationIn } from "@/lib/i18n/translation";

describe("choosing a translation", () => {
  const both = [
    { locale: "en", title: "Meeting" },
    { locale: "es", title: "Reunión" },
  ];
  const englishOnly = [{ locale: "en", title: "Meeting" }];

  it("gives a reader their language, or the other when theirs is missing", () => {
    expect(translationFor(both, "es")?.title).toBe("Reunión");
    expect(translationFor(englishOnly, "es")?.title).toBe("Meeting");
    expect(translationFor([], "es")).toBeUndefined();
  });

  it("gives a staff form that language only", () => {
    expect(translationIn(both, "en")?.title).toBe("Meeting");
    expect(translationIn(englishOnly, "es")).toBeUndefined();
  });

  it("gives a staff form one field per language, empty where a language has none", () => {
    const rows = [{ locale: "es", title: "Reunión", note: null }];
    expect(formTexts(rows, "title")).toEqual({ titleEn: "", titleEs: "Reunión" });
    expect(formTexts(rows, "note")).toEqual({ noteEn: "", noteEs: "" });
  });
});
