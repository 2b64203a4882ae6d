import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { absoluteUrl } from "@/lib/env";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { pagePath, type PageHref } from "@/lib/i18n/paths";
import { formatDateKey, formatMeetingStart } from "@/lib/time/format";
import { FIRST_LINE_MAX } from "./first-line";

/**
 * What each staff notice says, as data: its parameters (stored in the
 * outbox, or in a pending row for a digest) and its texts in the
 * recipient's language. lib/email/kinds/staff-notice.ts makes each an email
 * kind; the daily digest lists the same notices by their `line`. Nothing
 * here names a requester's contact details or a resident: a request is
 * named by its organization, a question by its first line only.
 */

const text = (max: number) => z.string().max(max);
const bilingual = z.object({ en: text(200), es: text(200) });
const id = text(64);
const instant = z.iso.datetime();
const dateKey = z.iso.date();

export const NOTICE_PARAMS = {
  newRequest: z.object({ requestId: id, organization: text(200), city: text(100), preferredDate: dateKey }),
  newQuestion: z.object({ firstLine: text(FIRST_LINE_MAX + 1), meetingTitle: bilingual.nullable() }),
  reviewRequested: z.object({
    subject: z.enum(["meeting", "meetingChange", "statementChange"]),
    targetId: id.nullable(),
    title: bilingual,
    by: text(120),
  }),
  reviewDecided: z.object({
    subject: z.enum(["meeting", "meetingChange", "statementChange"]),
    decision: z.enum(["approved", "sentBack"]),
    targetId: id.nullable(),
    title: bilingual,
    by: text(120),
    comment: text(1000),
  }),
  scheduledPublished: z.object({ meetingId: id, title: bilingual, startsAt: instant }),
  interpretationNeeded: z.object({
    meetingId: id,
    title: bilingual,
    startsAt: instant,
    language: text(10),
    asked: z.number().int().min(1),
  }),
};

export type NoticeKind = keyof typeof NOTICE_PARAMS;
export type NoticeParams<Kind extends NoticeKind> = z.output<(typeof NOTICE_PARAMS)[Kind]>;
export const NOTICE_KINDS = Object.keys(NOTICE_PARAMS) as NoticeKind[];

/** A notice in one language: the email's subject and paragraphs, its one link, and its line in a digest. */
export type NoticeText = {
  subject: string;
  paragraphs: string[];
  quote?: string;
  action: { label: string; url: string };
  line: string;
};

function translator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "Email.staff" });
}

const staffPage = (href: PageHref, locale: Locale) => absoluteUrl(pagePath(href, locale));

function reviewPage(subject: "meeting" | "meetingChange" | "statementChange", targetId: string | null): PageHref {
  if (subject === "statementChange")
    return targetId ? { pathname: "/admin/statements/[id]", params: { id: targetId } } : "/admin/statements";
  return { pathname: "/admin/meetings/[id]", params: { id: targetId ?? "" } };
}

function languageName(code: string, locale: Locale): string {
  const names = messagesFor(locale).Languages as Record<string, string>;
  return names[code] ?? code;
}

type Composer<Kind extends NoticeKind> = (params: NoticeParams<Kind>, locale: Locale) => NoticeText;

const COMPOSERS: { [Kind in NoticeKind]: Composer<Kind> } = {
  newRequest: (p, locale) => {
    const t = translator(locale);
    const values = { organization: p.organization, city: p.city, date: formatDateKey(p.preferredDate, locale) };
    return {
      subject: t("newRequest.subject", values),
      paragraphs: [t("newRequest.body", values), t("newRequest.contact")],
      action: {
        label: t("newRequest.action"),
        url: staffPage({ pathname: "/admin/requests/[id]", params: { id: p.requestId } }, locale),
      },
      line: t("newRequest.line", values),
    };
  },
  newQuestion: (p, locale) => {
    const t = translator(locale);
    const about = p.meetingTitle
      ? t("newQuestion.aboutMeeting", { title: p.meetingTitle[locale] })
      : t("newQuestion.general");
    return {
      subject: t("newQuestion.subject"),
      paragraphs: [about, t("newQuestion.begins")],
      quote: p.firstLine,
      action: { label: t("newQuestion.action"), url: staffPage("/admin/questions", locale) },
      line: t("newQuestion.line", { text: p.firstLine }),
    };
  },
  reviewRequested: (p, locale) => {
    const t = translator(locale);
    const values = { title: p.title[locale], by: p.by, what: p.subject };
    return {
      subject: t("reviewRequested.subject", values),
      paragraphs: [t("reviewRequested.body", values), t("reviewRequested.notYours")],
      action: { label: t("reviewRequested.action"), url: staffPage(reviewPage(p.subject, p.targetId), locale) },
      line: t("reviewRequested.line", values),
    };
  },
  reviewDecided: (p, locale) => {
    const t = translator(locale);
    const values = { title: p.title[locale], by: p.by, what: p.subject, decision: p.decision };
    return {
      subject: t("reviewDecided.subject", values),
      paragraphs: [t("reviewDecided.body", values), ...(p.comment ? [t("reviewDecided.comment")] : [])],
      ...(p.comment ? { quote: p.comment } : {}),
      action: { label: t("reviewDecided.action"), url: staffPage(reviewPage(p.subject, p.targetId), locale) },
      line: t("reviewDecided.line", values),
    };
  },
  scheduledPublished: (p, locale) => {
    const t = translator(locale);
    const values = { title: p.title[locale], when: formatMeetingStart(new Date(p.startsAt), locale) };
    return {
      subject: t("scheduledPublished.subject", values),
      paragraphs: [t("scheduledPublished.body", values)],
      action: {
        label: t("scheduledPublished.action"),
        url: staffPage({ pathname: "/admin/meetings/[id]", params: { id: p.meetingId } }, locale),
      },
      line: t("scheduledPublished.line", values),
    };
  },
  interpretationNeeded: (p, locale) => {
    const t = translator(locale);
    const values = {
      title: p.title[locale],
      when: formatMeetingStart(new Date(p.startsAt), locale),
      language: languageName(p.language, locale),
      asked: p.asked,
    };
    return {
      subject: t("interpretationNeeded.subject", values),
      paragraphs: [t("interpretationNeeded.body", values), t("interpretationNeeded.next")],
      action: {
        label: t("interpretationNeeded.action"),
        url: staffPage({ pathname: "/admin/meetings/[id]", params: { id: p.meetingId } }, locale),
      },
      line: t("interpretationNeeded.line", values),
    };
  },
};

/** A notice's texts in `locale`, from parameters its schema accepted. */
export function noticeText<Kind extends NoticeKind>(
  kind: Kind,
  params: NoticeParams<Kind>,
  locale: Locale,
): NoticeText {
  return (COMPOSERS[kind] as Composer<Kind>)(params, locale);
}

export function isNoticeKind(name: string): name is NoticeKind {
  return Object.hasOwn(NOTICE_PARAMS, name);
}
