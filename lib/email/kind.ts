import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { EmailContent } from "./content";

/** A day: how long a message waits for the mail server before it is marked failed. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * One kind of message. The outbox stores a message as its kind's name and
 * parameters; the kind composes its content when the message is sent.
 */
export type EmailKind<Params> = {
  /** Checked when the message is queued, and again before it is composed. */
  params: z.ZodType<Params>;
  /** The content in `locale`, from the parameters alone (and the site's own address and messages). */
  compose: (params: Params, locale: Locale) => EmailContent;
  /**
   * The message carries a secret (a one-time link): once it leaves the queue
   * through a mail server its parameters and body are emptied (the record
   * stays), and an admin never reads it there. In local mode it stays, so
   * the developer can use it.
   */
  holdsSecret?: boolean;
  /** Give up after this long without being sent (the link's own life, say); a day when unset. */
  giveUpAfterMs?: number;
  /**
   * A message one may stop receiving (a partner notice): the https address
   * that stops it with one POST, sent as List-Unsubscribe with
   * List-Unsubscribe-Post (RFC 8058), so mail programs offer the button.
   */
  unsubscribeUrl?: (params: Params) => string;
};

/** Types a kind by its parameters' schema. */
export function defineEmailKind<Params>(kind: EmailKind<Params>): EmailKind<Params> {
  return kind;
}
