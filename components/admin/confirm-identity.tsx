"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";
import { CODE_SHAPE, codeSchema, PASSWORD_AGAIN_SHAPE, passwordAgainSchema } from "@/lib/second-factor/schema";
import { TextInput } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

type Props = { appOn: boolean; minutes: number; withPassword: FormAction; withCode: FormAction };

/**
 * "Confirm it's you": the password, or a code from the authenticator app,
 * before this session may change the account's second factors for a few
 * minutes (lib/auth/recent-proof.ts). Plain forms: they work without JavaScript.
 */
export function ConfirmIdentity({ appOn, minutes, withPassword, withCode }: Props) {
  const t = useTranslations("Account");
  const passwordForm = useFormAction({
    action: withPassword,
    schema: passwordAgainSchema,
    shape: PASSWORD_AGAIN_SHAPE,
  });
  const codeForm = useFormAction({ action: withCode, schema: codeSchema, shape: CODE_SHAPE });
  return (
    <section aria-labelledby="confirm-heading" className="mt-4 rounded-md border border-slate-400 p-4">
      <h3 id="confirm-heading" className="text-lg font-bold">
        {t("confirmHeading")}
      </h3>
      <p className="mt-2">{t("confirmIntro", { app: appOn ? "on" : "off", minutes })}</p>
      <ActionForm
        form={passwordForm}
        labelFor={(field) => (field === "password" ? t("passwordAgain") : null)}
        idPrefix="confirm"
        className="mt-4 max-w-sm space-y-4"
      >
        <TextInput
          name="password"
          id="confirm-password"
          type="password"
          label={t("passwordAgain")}
          error={passwordForm.error("password")}
          autoComplete="current-password"
          required
        />
        <Button type="submit" disabled={passwordForm.pending}>
          {t("confirmWithPassword")}
        </Button>
      </ActionForm>
      {appOn ? (
        <ActionForm
          form={codeForm}
          labelFor={(field) => (field === "code" ? t("confirmCode") : null)}
          idPrefix="confirm"
          className="mt-6 max-w-sm space-y-4"
        >
          <TextInput
            name="code"
            id="confirm-code"
            label={t("confirmCode")}
            hint={t("confirmCodeHint")}
            error={codeForm.error("code")}
            autoComplete="one-time-code"
            maxLength={20}
            required
          />
          <Button type="submit" disabled={codeForm.pending}>
            {t("confirmWithCode")}
          </Button>
        </ActionForm>
      ) : null}
    </section>
  );
}
