import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

/** "Vietnamese and Arabic" / "vietnamita y árabe": language codes as one phrase (an unknown code as it is). */
export function languageNames(codes: string[], locale: Locale): string {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const joiner = new Intl.ListFormat(locale, { type: "conjunction" });
  return joiner.format(
    codes.map((code) => (code in messagesFor(locale).Languages ? t(`Languages.${code as "en"}`) : code)),
  );
}

/** "Held in Spanish and English · Interpretation into ASL" / "En español e inglés · Interpretación: …" */
export function meetingLanguagesText(spoken: string[], interpretation: string[], locale: Locale): string {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const held = t("Meeting.heldIn", { languages: languageNames(spoken, locale) });
  return interpretation.length > 0
    ? `${held} · ${t("Meeting.interpretation", { languages: languageNames(interpretation, locale) })}`
    : held;
}
