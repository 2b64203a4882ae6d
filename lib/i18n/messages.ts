import en from "@/messages/en.json";
import es from "@/messages/es.json";
import type { Locale } from "./locales";

const MESSAGES: Record<Locale, typeof en> = { en, es };

/**
 * The message file of a language, for text built outside a page render
 * (route handlers, feeds, calendar files, tests): pass it to next-intl's
 * `createTranslator`.
 */
export function messagesFor(locale: Locale): typeof en {
  return MESSAGES[locale];
}
