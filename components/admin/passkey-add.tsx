"use client";

import { startRegistration, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/browser";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/button";
import type { PasskeyOptionsResult, PasskeyRegistrationResult } from "@/lib/second-factor/actions";
import { passkeyNameSchema } from "@/lib/second-factor/schema";
import { FormAlert, FormNotice } from "./form-alert";
import { TextInput } from "./inputs";

type Props = {
  getOptions: () => Promise<PasskeyOptionsResult>;
  register: (name: unknown, response: unknown) => Promise<PasskeyRegistrationResult>;
};

/** Adds a passkey under a name the staff member chooses. Needs JavaScript (the browser's passkey prompt). */
export function PasskeyAdd({ getOptions, register }: Props) {
  const t = useTranslations("Account");
  const router = useRouter();
  const [outcome, setOutcome] = useState<"added" | "failed" | "nameMissing" | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    if (!passkeyNameSchema.safeParse({ name }).success) return setOutcome("nameMissing");
    setPending(true);
    setOutcome(null);
    try {
      const options = await getOptions();
      const result = options.ok
        ? await register(
            name,
            await startRegistration({ optionsJSON: options.options as PublicKeyCredentialCreationOptionsJSON }),
          )
        : options;
      // The few minutes after the last proof ran out while the page was open: the page asks for one again.
      if (!result.ok && result.reason === "proofRequired") return router.replace("?error=proofRequired");
      setOutcome(result.ok ? "added" : "failed");
      if (result.ok) {
        form.reset();
        router.refresh();
      }
    } catch {
      setOutcome("failed");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 max-w-sm space-y-4" noValidate>
      {outcome === "added" ? <FormNotice>{t("passkeyAdded")}</FormNotice> : null}
      {outcome === "failed" ? <FormAlert>{t("passkeyFailed")}</FormAlert> : null}
      <noscript>
        <p className="font-semibold">{t("passkeyNeedsScript")}</p>
      </noscript>
      <TextInput
        name="name"
        id="passkey-name"
        label={t("passkeyName")}
        hint={t("passkeyNameHint")}
        error={outcome === "nameMissing" ? t("passkeyNameMissing") : undefined}
        maxLength={60}
        required
      />
      <Button type="submit" disabled={pending}>
        {t("passkeyAdd")}
      </Button>
    </form>
  );
}
