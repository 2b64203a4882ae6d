"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction, type ChangePasswordState } from "@/lib/auth/actions";
import { describedBy, FormField, inputClass } from "./form-field";

export function ChangePasswordForm() {
  const t = useTranslations("Account");
  const [state, formAction, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, { status: "idle" });
  const error = state.error ? t(state.error) : undefined;
  const hint = t("newPasswordHint");

  return (
    <form action={formAction} className="mt-4 max-w-sm space-y-4">
      {state.status === "changed" ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">{t("changed")}</p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 font-semibold text-red-900">{error}</p>
      ) : null}
      <FormField id="currentPassword" label={t("currentPassword")}>
        <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />
      </FormField>
      <FormField id="newPassword" label={t("newPassword")} hint={hint}>
        <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" required minLength={12} maxLength={128} className={inputClass} {...describedBy("newPassword", { hint })} />
      </FormField>
      <FormField id="confirmPassword" label={t("confirmPassword")}>
        <input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required className={inputClass} />
      </FormField>
      <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
        {t("submit")}
      </button>
    </form>
  );
}
