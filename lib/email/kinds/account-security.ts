import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { absoluteUrl } from "@/lib/env";
import { messagesFor } from "@/lib/i18n/messages";
import { pagePath } from "@/lib/i18n/paths";
import { formatInstant } from "@/lib/time/format";
import { defineEmailKind } from "../kind";

/** What happened to the account's sign-in (lib/notices/account-security.ts sends each at once, always). */
export const ACCOUNT_SECURITY_EVENTS = [
  "passkeyAdded",
  "authenticatorOff",
  "backupCodesReplaced",
  "passwordChanged",
  "passwordReset",
  "secondFactorReset",
] as const;
export type AccountSecurityEvent = (typeof ACCOUNT_SECURITY_EVENTS)[number];

/** "Your account changed": to the account's own address, what, when in Central time, and what to do if it was not them. */
export const accountSecurityEmail = defineEmailKind({
  params: z.object({ event: z.enum(ACCOUNT_SECURITY_EVENTS), name: z.string().max(120), at: z.iso.datetime() }),
  compose: ({ event, name, at }, locale) => {
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Email.security" });
    const signature = createTranslator({ locale, messages: messagesFor(locale), namespace: "Email" })("signature");
    const when = formatInstant(new Date(at), locale);
    return {
      subject: t(`${event}.subject`),
      heading: t("heading", { name }),
      blocks: [
        { type: "paragraph", text: t(`${event}.body`, { when }) },
        { type: "paragraph", text: t(event === "secondFactorReset" ? "ifYouAskedAdmin" : "ifYou") },
        { type: "paragraph", text: t(event === "secondFactorReset" ? "ifNotYouAdmin" : "ifNotYou") },
        { type: "action", label: t("action"), url: absoluteUrl(pagePath("/admin/account", locale)) },
        { type: "note", text: t("always") },
      ],
      signature,
    };
  },
});
