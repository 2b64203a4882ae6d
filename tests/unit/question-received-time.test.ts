import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatToTheHour } from "@/lib/time/format";

// What staff read on a question's page: its time is kept to the hour on purpose, and the page says so.
function received(utc: string, locale: Locale): string {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  return t("QuestionAdmin.askedAround", formatToTheHour(new Date(utc), locale)).replace(/\s/g, " ");
}

describe("when a question was received, as staff read it", () => {
  it("says the hour is approximate and why, in both languages", () => {
    // 6 PM in Dallas (CST).
    expect(received("2026-12-07T00:00:00Z", "en")).toBe(
      "Dec 6, 2026, around 6 PM (rounded to the hour, to protect the person who asked)",
    );
    expect(received("2026-12-07T00:00:00Z", "es")).toBe(
      "6 dic 2026, alrededor de las 6 p. m. (redondeada a la hora, para proteger a quien preguntó)",
    );
  });

  it('says "la 1" in Spanish, and "las" for every other hour', () => {
    expect(received("2026-12-06T19:00:00Z", "es")).toBe(
      "6 dic 2026, alrededor de la 1 p. m. (redondeada a la hora, para proteger a quien preguntó)",
    );
    expect(received("2026-12-06T18:00:00Z", "es")).toBe(
      "6 dic 2026, alrededor de las 12 p. m. (redondeada a la hora, para proteger a quien preguntó)",
    );
    expect(received("2026-12-06T19:00:00Z", "en")).toBe(
      "Dec 6, 2026, around 1 PM (rounded to the hour, to protect the person who asked)",
    );
  });
});
