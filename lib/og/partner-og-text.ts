import "server-only";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { listUpcomingMeetingsAtVenue } from "@/lib/meetings/data";
import { formatVenueAddress, type PublicMeeting } from "@/lib/meetings/public-meeting";
import { formatMeetingDay, formatTimeRange } from "@/lib/time/format";
import { getPartnerBySlug } from "@/lib/venues/data";
import type { PartnerOgImageText } from "./partner-og-image";

// Enough to find the next meeting that is not cancelled.
const LOOKAHEAD = 10;

/** The partner's next meeting as scheduled, if any. */
export function nextScheduled(meetings: PublicMeeting[]): PublicMeeting | undefined {
  return meetings.find((meeting) => meeting.status === "SCHEDULED");
}

/**
 * The address of a partner page's preview image. `v` names the next
 * meeting and its version, so a chat app fetches a new picture once the
 * next meeting changes or moves on.
 */
export function partnerOgImagePath(
  slug: string,
  locale: Locale,
  next: Pick<PublicMeeting, "id" | "version"> | undefined,
): string {
  return `/og/${locale}/partner/${encodeURIComponent(slug)}.png?v=${next ? `${next.id}.${next.version}` : "none"}`;
}

/** What the preview of a partner page says, or null when the venue is not a partner. */
export async function partnerOgImageText(slug: string, locale: Locale, now: Date): Promise<PartnerOgImageText | null> {
  const partner = await getPartnerBySlug(slug, locale);
  if (!partner) return null;
  const next = nextScheduled(await listUpcomingMeetingsAtVenue(partner.id, locale, now, LOOKAHEAD));
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const demo = partner.isDemo ? ` (${t("Meeting.demoAddress")})` : "";
  return {
    siteLine: `${t("Metadata.siteName")} · ${t("Layout.tagline")}`,
    kicker: t("Partner.kicker"),
    name: partner.name,
    nextLine: next
      ? t("OgImage.partnerNext", { day: formatMeetingDay(next.startsAt, locale) })
      : t("OgImage.partnerNone"),
    time: next ? `${formatTimeRange(next.startsAt, next.endsAt, locale)} (${t("Meeting.centralTime")})` : null,
    address: `${formatVenueAddress(partner)}${demo}`,
  };
}
