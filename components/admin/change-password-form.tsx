"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";
import { CHANGE_PASSWORD_SHAPE, changePasswordSchema } from "@/lib/auth/schema";
import { FormNotice } from "./form-alert";
import { TextInput } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

export function ChangePasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("Account");
  const form = useFormAction({ action, schema: changePasswordSchema, shape: CHANGE_PASSWORD_SHAPE });
  const labelFor = (field: string) =>
    FIELDS.includes(field as (typeof FIELDS)[number]) ? t(field as (typeof FIELDS)[number]) : null;

  return (
    // A new key once changed: the fields empty themselves instead of keeping the old passwords.
    <ActionForm
      key={form.state.status === "done" ? "changed" : "editing"}
      form={form}
      labelFor={labelFor}
      className="mt-4 max-w-sm space-y-4"
    >
      {form.state.done ? <FormNotice>{t("changed")}</FormNotice> : null}
      <TextInput
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        error={form.error("currentPassword")}
        autoComplete="current-password"
        required
      />
      <TextInput
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={t("newPasswordHint")}
        error={form.error("newPassword")}
        maxLength={128}
        autoComplete="new-password"
        required
      />
      <TextInput
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        error={form.error("confirmPassword")}
        autoComplete="new-password"
        required
      />
      <Button type="submit" disabled={form.pending}>
        {t("submit")}
      </Button>
    </ActionForm>
  );
}
