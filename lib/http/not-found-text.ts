import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

/**
 * A 404 in plain text for the routes outside the localized pages (feeds,
 * widget, images): in the requested language, or in every language when the
 * language itself is unknown.
 */
export function notFoundText(
  locales: readonly Locale[],
  namespace: "Feeds" | "Embed" | "Calendar" | "Share" | "Flyer",
): Response {
  const lines = locales.map((locale) =>
    createTranslator({ locale, messages: messagesFor(locale), namespace })("notFound"),
  );
  return new Response(`${lines.join("\n")}\n`, {
    status: 404,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    },
  });
}
