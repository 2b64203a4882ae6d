"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";
import { SIGN_IN_SHAPE, signInSchema } from "@/lib/auth/schema";
import { TextInput } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

/** `next`: the staff page to return to once signed in (a form posted there after the session had ended). */
export function SignInForm({ action, next }: { action: FormAction; next: string | null }) {
  const t = useTranslations("Login");
  const form = useFormAction({ action, schema: signInSchema, shape: SIGN_IN_SHAPE });
  const labelFor = (field: string) => (field === "email" || field === "password" ? t(field) : null);

  return (
    <ActionForm form={form} labelFor={labelFor} className="mt-6 max-w-sm space-y-4">
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextInput
        name="email"
        type="email"
        label={t("email")}
        value={form.text("email")}
        error={form.error("email")}
        autoComplete="username"
        required
      />
      <TextInput
        name="password"
        type="password"
        label={t("password")}
        error={form.error("password")}
        autoComplete="current-password"
        required
      />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? t("pending") : t("submit")}
      </Button>
    </ActionForm>
  );
}
