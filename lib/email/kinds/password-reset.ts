import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { messagesFor } from "@/lib/i18n/messages";
import { defineEmailKind } from "../kind";

/** How long a reset link works (better-auth's resetPasswordTokenExpiresIn, lib/auth/auth.ts). */
export const RESET_LINK_MINUTES = 30;

/** "Choose a new password": the one-time link of better-auth's reset flow (lib/auth/password-reset.ts). */
export const passwordResetEmail = defineEmailKind({
  params: z.object({ name: z.string().max(120), link: z.url({ protocol: /^https?$/ }) }),
  compose: ({ name, link }, locale) => {
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Email" });
    return {
      subject: t("resetSubject"),
      heading: t("resetHeading", { name }),
      blocks: [
        { type: "paragraph", text: t("resetIntro") },
        { type: "action", label: t("resetAction"), url: link },
        { type: "paragraph", text: t("resetExpiry", { minutes: RESET_LINK_MINUTES }) },
        { type: "note", text: t("resetNotYou") },
      ],
      signature: t("signature"),
    };
  },
  holdsSecret: true,
  giveUpAfterMs: RESET_LINK_MINUTES * 60 * 1000,
});
