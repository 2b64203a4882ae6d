import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, safeLocale } from "@/lib/i18n/locales";
import { localeParam } from "@/lib/i18n/page-locale";

describe("a language that came from outside", () => {
  it("is kept when the site speaks it, and is the default otherwise", () => {
    expect(safeLocale("en")).toBe("en");
    expect(safeLocale("es")).toBe("es");
    for (const value of ["fr", "EN", "", null, undefined, ["en"], 1]) expect(safeLocale(value)).toBe(DEFAULT_LOCALE);
  });

  it("in a page's [locale] param is narrowed, or the page is not found", async () => {
    expect(await localeParam(Promise.resolve({ locale: "es" }))).toBe("es");
    await expect(localeParam(Promise.resolve({ locale: "fr" }))).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });
});
