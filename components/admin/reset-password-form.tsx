"use client";

import { useTranslations } from "next-intl";
import { RESET_PASSWORD_SHAPE, resetPasswordSchema } from "@/lib/auth/schema";
import { TextInput } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

const FIELDS = ["newPassword", "confirmPassword"] as const;

/** A new password through a reset link (its token travels in a hidden field); a plain form, so it works without JavaScript. */
export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  const t = useTranslations("PasswordReset");
  const tAccount = useTranslations("Account");
  const form = useFormAction({ action, schema: resetPasswordSchema, shape: RESET_PASSWORD_SHAPE });
  const labelFor = (field: string) =>
    FIELDS.includes(field as (typeof FIELDS)[number]) ? tAccount(field as (typeof FIELDS)[number]) : null;

  return (
    <ActionForm form={form} labelFor={labelFor} className="mt-6 max-w-sm space-y-4">
      <input type="hidden" name="token" value={token} />
      <TextInput
        name="newPassword"
        type="password"
        label={tAccount("newPassword")}
        hint={tAccount("newPasswordHint")}
        error={form.error("newPassword")}
        maxLength={128}
        autoComplete="new-password"
        required
      />
      <TextInput
        name="confirmPassword"
        type="password"
        label={tAccount("confirmPassword")}
        error={form.error("confirmPassword")}
        autoComplete="new-password"
        required
      />
      <button
        type="submit"
        disabled={form.pending}
        className="min-h-11 rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
      >
        {form.pending ? t("pending") : t("resetSubmit")}
      </button>
    </ActionForm>
  );
}
