import { createTranslator } from "use-intl/core";
import { absoluteUrl } from "@/lib/env";
import { embedPath } from "@/lib/feeds/feed-urls";
import { escapeHtml } from "@/lib/html/escape";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

type Options = {
  locale: Locale;
  /** Without a venue the widget lists the whole current series. */
  venue?: { slug: string; name: string };
};

/**
 * The frame's height in CSS pixels: the widget runs no script, so the frame
 * cannot grow to its content. These fit the widget's four sessions
 * (lib/embed/data.ts) on a phone-width column without scrolling; a partner
 * with a wider column may lower `height` in the snippet.
 */
export const WIDGET_FRAME_HEIGHT = { venue: 620, series: 820 } as const;

/**
 * The HTML a partner pastes into its own website to show upcoming sessions.
 * The frame is sandboxed: it may open the meeting pages in a new tab, and
 * nothing else (no scripts, no access to the partner's page).
 */
export function embedSnippet({ locale, venue }: Options): string {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Embed" });
  const title = venue ? t("iframeTitle", { venue: venue.name }) : t("iframeTitleSeries");
  const src = absoluteUrl(embedPath(locale, venue?.slug));
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" ` +
    `height="${venue ? WIDGET_FRAME_HEIGHT.venue : WIDGET_FRAME_HEIGHT.series}" ` +
    `style="border:1px solid #cbd5e1;max-width:40rem" loading="lazy" ` +
    `sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`
  );
}
