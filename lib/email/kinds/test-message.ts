import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { absoluteUrl } from "@/lib/env";
import { messagesFor } from "@/lib/i18n/messages";
import { pagePath } from "@/lib/i18n/paths";
import { defineEmailKind } from "../kind";

/** An admin's test of the mail settings, sent to themselves from the outbox page. */
export const testMessageEmail = defineEmailKind({
  params: z.object({ name: z.string().max(120) }),
  compose: ({ name }, locale) => {
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Email" });
    return {
      subject: t("testSubject"),
      heading: t("testHeading", { name }),
      blocks: [
        { type: "paragraph", text: t("testBody") },
        { type: "action", label: t("testAction"), url: absoluteUrl(pagePath("/admin/outbox", locale)) },
      ],
      signature: t("signature"),
    };
  },
});
