"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";
import { CODE_SHAPE, codeSchema } from "@/lib/second-factor/schema";
import { TextInput } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

/**
 * The second step of signing in: a plain form, so it works without
 * JavaScript. `next`: the staff page to return to once signed in.
 */
export function SignInCodeForm({ action, next }: { action: FormAction; next: string | null }) {
  const t = useTranslations("Login");
  const form = useFormAction({ action, schema: codeSchema, shape: CODE_SHAPE });
  const labelFor = (field: string) => (field === "code" ? t("code") : null);

  return (
    <ActionForm form={form} labelFor={labelFor} className="mt-6 max-w-sm space-y-4">
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextInput
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        error={form.error("code")}
        autoComplete="one-time-code"
        maxLength={20}
        required
      />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? t("pending") : t("codeSubmit")}
      </Button>
    </ActionForm>
  );
}
