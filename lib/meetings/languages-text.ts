import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

/** "Held in Spanish and English · Interpretation into ASL" / "En español e inglés · Interpretación: …" */
export function meetingLanguagesText(spoken: string[], interpretation: string[], locale: Locale): string {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const joiner = new Intl.ListFormat(locale, { type: "conjunction" });
  const names = (codes: string[]) =>
    joiner.format(codes.map((code) => (code in messagesFor(locale).Languages ? t(`Languages.${code as "en"}`) : code)));
  const held = t("Meeting.heldIn", { languages: names(spoken) });
  return interpretation.length > 0 ? `${held} · ${t("Meeting.interpretation", { languages: names(interpretation) })}` : held;
}
