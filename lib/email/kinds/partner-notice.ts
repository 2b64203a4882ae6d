import { createTranslator } from "use-intl/core";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { bilingualOrder } from "@/lib/i18n/bilingual-order";
import { messagesFor } from "@/lib/i18n/messages";
import { formatMeetingWhen } from "@/lib/time/format";
import type { EmailBlock } from "../content";
import { defineEmailKind } from "../kind";

export const PARTNER_NOTICE_EVENTS = ["published", "changed", "cancelled", "postponed"] as const;
export type PartnerNoticeEvent = (typeof PARTNER_NOTICE_EVENTS)[number];

const url = z.url({ protocol: /^https?$/ });
const bothLanguages = z.object({ es: z.string().max(2000), en: z.string().max(2000) });
const slot = z.object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime() });

const partnerNoticeParams = z.object({
  event: z.enum(PARTNER_NOTICE_EVENTS),
  /** The contact's own place, which the notice is about. */
  placeName: z.string().max(200),
  title: bothLanguages,
  now: slot,
  /** The other sessions of a recurring set published with it, in this one notice. */
  alsoOn: z.array(slot).max(100).default([]),
  /** Set when the date or time changed: the time residents saw before. */
  before: slot.nullable(),
  /** Set when the meeting moved to another place: the place's name before and now. */
  place: z.object({ before: z.string().max(400), after: z.string().max(400) }).nullable(),
  statusNote: bothLanguages.nullable(),
  /** lib/announcements/meeting-announcement.ts: Spanish, then English. */
  announcement: z.string().max(6000),
  meetingUrl: z.object({ es: url, en: url }),
  flyerUrl: url,
  partnerUrl: z.object({ es: url, en: url }).nullable(),
  unsubscribeUrl: url,
});

export type PartnerNoticeParams = z.infer<typeof partnerNoticeParams>;

/** The notice's text in one language: a heading, and what happened (with old → new when something moved). */
function partInLanguage(
  params: PartnerNoticeParams,
  locale: Locale,
): { subject: string; heading: string; blocks: EmailBlock[] } {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "PartnerNotice" });
  const title = params.title[locale];
  const blocks: EmailBlock[] = [
    { type: "paragraph", text: t(`intro_${params.event}`, { title, place: params.placeName }) },
  ];
  const rows: { label: string; before: string; after: string }[] = [];
  const now = { start: new Date(params.now.startsAt), end: new Date(params.now.endsAt) };
  if (params.before) {
    rows.push({
      label: t("rowWhen"),
      before: formatMeetingWhen(new Date(params.before.startsAt), new Date(params.before.endsAt), locale),
      after: formatMeetingWhen(now.start, now.end, locale),
    });
  }
  if (params.place) rows.push({ label: t("rowPlace"), before: params.place.before, after: params.place.after });
  if (rows.length) blocks.push({ type: "changes", rows });
  else blocks.push({ type: "paragraph", text: t("when", { when: formatMeetingWhen(now.start, now.end, locale) }) });
  if (params.alsoOn.length) {
    const dates = params.alsoOn.map((other) =>
      formatMeetingWhen(new Date(other.startsAt), new Date(other.endsAt), locale),
    );
    blocks.push({ type: "paragraph", text: `${t("alsoOn", { count: dates.length })}\n${dates.join("\n")}` });
  }
  if (rows.length) blocks.push({ type: "paragraph", text: t("timeZone") });
  const note = params.statusNote?.[locale];
  if (note) blocks.push({ type: "paragraph", text: t("statusNote", { note }) });
  return { subject: t(`subject_${params.event}`, { title }), heading: t(`heading_${params.event}`), blocks };
}

/** "Texto en español / Text in English": a line for the parts the two languages share. */
function inBoth(
  order: Locale[],
  key: "announcementLabel" | "meetingLink" | "flyerLink" | "partnerLink" | "why" | "unsubscribe" | "signature",
): string {
  return order
    .map((locale) => createTranslator({ locale, messages: messagesFor(locale), namespace: "PartnerNotice" })(key))
    .join(" / ");
}

/**
 * A partner's notice that a meeting at its place was published, moved,
 * cancelled or postponed (lib/notices/partner-notices.ts queues it): both
 * languages in one message, the contact's first, then the bilingual
 * announcement to paste, the links, and how to stop receiving them.
 */
export const partnerNoticeEmail = defineEmailKind({
  params: partnerNoticeParams,
  compose: (params, locale) => {
    const order = bilingualOrder(locale);
    const [first, second] = order.map((language) => partInLanguage(params, language)) as [
      ReturnType<typeof partInLanguage>,
      ReturnType<typeof partInLanguage>,
    ];
    return {
      subject: `${first.subject} / ${second.subject}`,
      heading: first.heading,
      blocks: [
        ...first.blocks,
        { type: "part", locale: order[1]!, heading: second.heading, blocks: second.blocks },
        { type: "copy", label: inBoth(order, "announcementLabel"), text: params.announcement },
        { type: "link", label: inBoth(order, "meetingLink"), url: params.meetingUrl[locale] },
        { type: "link", label: inBoth(order, "flyerLink"), url: params.flyerUrl },
        ...(params.partnerUrl
          ? [{ type: "link" as const, label: inBoth(order, "partnerLink"), url: params.partnerUrl[locale] }]
          : []),
        { type: "note", text: inBoth(order, "why") },
        { type: "link", label: inBoth(order, "unsubscribe"), url: params.unsubscribeUrl },
      ],
      signature: inBoth(order, "signature"),
    };
  },
  unsubscribeUrl: (params) => params.unsubscribeUrl,
});
