// The attribute lets plain Node (the end-to-end test runner) load this module too.
import en from "@/messages/en.json" with { type: "json" };
import es from "@/messages/es.json" with { type: "json" };
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
