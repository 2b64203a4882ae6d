import type { z } from "zod";
import type { EmailKind } from "./kind";
import { partnerNoticeEmail } from "./kinds/partner-notice";
import { accountSecurityEmail } from "./kinds/account-security";
import { passwordResetEmail } from "./kinds/password-reset";
import {
  staffDigestEmail,
  staffInterpretationNeededEmail,
  staffNewQuestionEmail,
  staffNewRequestEmail,
  staffReviewDecidedEmail,
  staffReviewRequestedEmail,
  staffScheduledPublishedEmail,
} from "./kinds/staff-notice";
import { testMessageEmail } from "./kinds/test-message";

/**
 * Every kind of message the app sends, by the name stored in the outbox.
 * To add one: a file in lib/email/kinds/ (its parameters' schema and what
 * it says, through messages/*.json's "Email" namespace and lib/time/format.ts),
 * a line here, and the staff page's label (OutboxAdmin.kind_<name>).
 */
export const EMAIL_KINDS = {
  partnerNotice: partnerNoticeEmail,
  passwordReset: passwordResetEmail,
  testMessage: testMessageEmail,
  staffNewRequest: staffNewRequestEmail,
  staffNewQuestion: staffNewQuestionEmail,
  staffReviewRequested: staffReviewRequestedEmail,
  staffReviewDecided: staffReviewDecidedEmail,
  staffScheduledPublished: staffScheduledPublishedEmail,
  staffInterpretationNeeded: staffInterpretationNeededEmail,
  staffDigest: staffDigestEmail,
  accountSecurity: accountSecurityEmail,
};

export type EmailKindName = keyof typeof EMAIL_KINDS;

export type EmailParams<Kind extends EmailKindName> = z.input<(typeof EMAIL_KINDS)[Kind]["params"]>;

export function isEmailKindName(name: string): name is EmailKindName {
  return Object.hasOwn(EMAIL_KINDS, name);
}

/** A stored message's kind, typed loosely: its parameters are checked by its own schema before use. */
export function emailKind(name: string): EmailKind<unknown> | null {
  return isEmailKindName(name) ? (EMAIL_KINDS[name] as EmailKind<unknown>) : null;
}
