"use client";

import { useTranslations } from "next-intl";
import { forgotPasswordSchema } from "@/lib/auth/schema";
import { TextInput } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

/** "Forgot your password?": the address to send a reset link to; a plain form, so it works without JavaScript. */
export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("PasswordReset");
  const form = useFormAction({ action, schema: forgotPasswordSchema });
  const labelFor = (field: string) => (field === "email" ? t("email") : null);

  return (
    <ActionForm form={form} labelFor={labelFor} className="mt-6 max-w-sm space-y-4">
      <TextInput
        name="email"
        type="email"
        label={t("email")}
        value={form.text("email")}
        error={form.error("email")}
        autoComplete="username"
        maxLength={254}
        required
      />
      <button
        type="submit"
        disabled={form.pending}
        className="min-h-11 rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
      >
        {form.pending ? t("pending") : t("requestSubmit")}
      </button>
    </ActionForm>
  );
}
