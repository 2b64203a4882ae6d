"use client";

import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PasskeyOptionsAnswer } from "@/lib/auth/actions";
import { FormAlert } from "./form-alert";
import { useValidationMessage } from "./use-validation-message";

type Props = {
  getOptions: () => Promise<PasskeyOptionsAnswer>;
  signIn: (response: unknown) => Promise<false>;
};

/** "Sign in with a passkey": needs JavaScript (the browser's passkey prompt); the page says so when it is off. */
export function PasskeySignIn({ getOptions, signIn }: Props) {
  const t = useTranslations("Login");
  const message = useValidationMessage();
  const [failed, setFailed] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run() {
    setFailed(false);
    setRefusal(null);
    setPending(true);
    try {
      const answer = await getOptions();
      // The address must wait (too many failed sign-ins from it): say how long, as the password form does.
      if (!answer.ok) return setRefusal(message(answer.error));
      const response = await startAuthentication({
        optionsJSON: answer.options as PublicKeyCredentialRequestOptionsJSON,
      });
      // On success the action redirects to the staff area and never returns.
      if ((await signIn(response)) === false) setFailed(true);
    } catch {
      // Cancelled at the browser's prompt, or no passkey for this site on the device.
      setFailed(true);
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="passkey-heading" className="mt-8 max-w-sm space-y-3 border-t border-slate-300 pt-6">
      <h2 id="passkey-heading" className="text-xl font-bold">
        {t("passkeyHeading")}
      </h2>
      <p className="text-slate-700">{t("passkeyIntro")}</p>
      <noscript>
        <p className="font-semibold">{t("passkeyNeedsScript")}</p>
      </noscript>
      {failed ? <FormAlert>{t("passkeyFailed")}</FormAlert> : null}
      {refusal ? <FormAlert>{refusal}</FormAlert> : null}
      <button
        type="button"
        onClick={run}
        disabled={pending}
        className="passkey-button min-h-11 rounded-md border border-slate-500 px-5 font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-70"
      >
        {t("passkeySubmit")}
      </button>
    </section>
  );
}
