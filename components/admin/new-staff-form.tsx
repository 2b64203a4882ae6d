"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/button";
import { NEW_STAFF_SHAPE, STAFF_LIMITS, STAFF_ROLES, type NewStaffField } from "@/lib/staff/fields";
import { newStaffSchema } from "@/lib/staff/schema";
import { Select, TextInput } from "./inputs";
import { ActionForm, useFormAction, type FormAction } from "@/components/form-action";

export function NewStaffForm({ action }: { action: FormAction }) {
  const t = useTranslations("StaffAdmin");
  const form = useFormAction({
    action,
    initialValues: { role: "EDITOR" },
    schema: newStaffSchema,
    shape: NEW_STAFF_SHAPE,
  });
  const labelFor = (field: string) => (field === "form" ? null : t(field as NewStaffField));

  return (
    <ActionForm form={form} labelFor={labelFor} className="mt-4 max-w-md space-y-4">
      <TextInput
        name="name"
        label={t("name")}
        value={form.text("name")}
        error={form.error("name")}
        maxLength={STAFF_LIMITS.name}
        required
      />
      <TextInput
        name="email"
        type="email"
        label={t("email")}
        value={form.text("email")}
        error={form.error("email")}
        maxLength={STAFF_LIMITS.email}
        required
      />
      <Select name="role" label={t("role")} value={form.text("role") || "EDITOR"} error={form.error("role")}>
        {STAFF_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role${role}`)}
          </option>
        ))}
      </Select>
      <TextInput
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        error={form.error("password")}
        maxLength={128}
        autoComplete="new-password"
        required
      />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? t("pending") : t("submit")}
      </Button>
    </ActionForm>
  );
}
