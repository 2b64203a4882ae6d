import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { absoluteUrl } from "@/lib/env";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { pagePath } from "@/lib/i18n/paths";
import { isNoticeKind, NOTICE_PARAMS, noticeText, type NoticeKind } from "@/lib/notices/notice-kinds";
import type { EmailBlock, EmailContent } from "../content";
import { defineEmailKind, type EmailKind } from "../kind";

function footer(locale: Locale): { note: EmailBlock; signature: string } {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Email" });
  return {
    note: { type: "note", text: t("staff.why", { account: absoluteUrl(pagePath("/admin/account", locale)) }) },
    signature: t("signature"),
  };
}

/** One staff notice sent at once (lib/notices/notice-kinds.ts says what it says). */
function staffNoticeEmail<Kind extends NoticeKind>(kind: Kind): EmailKind<z.output<(typeof NOTICE_PARAMS)[Kind]>> {
  return defineEmailKind({
    params: NOTICE_PARAMS[kind] as unknown as z.ZodType<z.output<(typeof NOTICE_PARAMS)[Kind]>>,
    compose: (params, locale): EmailContent => {
      const notice = noticeText(kind, params, locale);
      const { note, signature } = footer(locale);
      return {
        subject: notice.subject,
        heading: notice.subject,
        blocks: [
          ...notice.paragraphs.map((text): EmailBlock => ({ type: "paragraph", text })),
          ...(notice.quote ? [{ type: "quote", text: notice.quote } as const] : []),
          { type: "action", ...notice.action },
          note,
        ],
        signature,
      };
    },
  });
}

export const staffNewRequestEmail = staffNoticeEmail("newRequest");
export const staffNewQuestionEmail = staffNoticeEmail("newQuestion");
export const staffReviewRequestedEmail = staffNoticeEmail("reviewRequested");
export const staffReviewDecidedEmail = staffNoticeEmail("reviewDecided");
export const staffScheduledPublishedEmail = staffNoticeEmail("scheduledPublished");
export const staffInterpretationNeededEmail = staffNoticeEmail("interpretationNeeded");

/** A digest lists at most this many notices (the rest are counted, and wait on the staff pages). */
export const DIGEST_MAX_ITEMS = 100;

const digestItem = z
  .object({ kind: z.string().refine(isNoticeKind), params: z.unknown() })
  .transform((item, context) => {
    const parsed = NOTICE_PARAMS[item.kind as NoticeKind].safeParse(item.params);
    if (!parsed.success) {
      context.addIssue({ code: "custom", message: "invalid notice" });
      return z.NEVER;
    }
    return { kind: item.kind as NoticeKind, params: parsed.data };
  });

/** The day's notices for a person who chose a daily digest: one line and one link each. */
export const staffDigestEmail = defineEmailKind({
  params: z.object({
    day: z.iso.date(),
    items: z.array(digestItem).min(1).max(DIGEST_MAX_ITEMS),
    more: z.number().int().min(0),
  }),
  compose: ({ items, more }, locale) => {
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Email.staff" });
    const count = items.length + more;
    const { note, signature } = footer(locale);
    return {
      subject: t("digest.subject", { count }),
      heading: t("digest.heading", { count }),
      blocks: [
        { type: "paragraph", text: t("digest.intro") },
        ...items.map((item): EmailBlock => {
          const notice = noticeText(item.kind, item.params as never, locale);
          return { type: "item", text: notice.line, url: notice.action.url };
        }),
        ...(more > 0 ? [{ type: "paragraph", text: t("digest.more", { more }) } as const] : []),
        note,
      ],
      signature,
    };
  },
});
