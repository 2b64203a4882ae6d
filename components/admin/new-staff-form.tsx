"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { NewStaffFormState } from "@/lib/staff/actions";
import { STAFF_LIMITS, STAFF_ROLES, type NewStaffField } from "@/lib/staff/fields";
import { describedBy, FormField, inputClass } from "./form-field";
import { FormAlert } from "./form-alert";
import { TextInput } from "./text-input";

type Props = { action: (previous: NewStaffFormState, formData: FormData) => Promise<NewStaffFormState> };

export function NewStaffForm({ action }: Props) {
  const t = useTranslations("StaffAdmin");
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: { role: "EDITOR" }, errors: {} });
  const error = (field: NewStaffField) => {
    const code = state.errors[field];
    const max = field === "name" ? STAFF_LIMITS.name : STAFF_LIMITS.email;
    return code ? t(`errors.${code}` as Parameters<typeof t>[0], { max }) : undefined;
  };
  const problem = state.problem
    ? t(`problems.${state.problem}` as Parameters<typeof t>[0])
    : state.status === "invalid"
      ? t("errorSummary")
      : null;

  return (
    <form action={formAction} noValidate className="mt-4 max-w-md space-y-4">
      {problem ? <FormAlert>{problem}</FormAlert> : null}
      <TextInput name="name" label={t("name")} defaultValue={state.values.name ?? ""} error={error("name")} maxLength={STAFF_LIMITS.name} autoComplete="off" required />
      <TextInput name="email" type="email" label={t("email")} defaultValue={state.values.email ?? ""} error={error("email")} maxLength={STAFF_LIMITS.email} autoComplete="off" required />
      <FormField id="role" label={t("role")} error={error("role")}>
        <select id="role" name="role" defaultValue={state.values.role ?? "EDITOR"} className={inputClass} {...describedBy("role", { error: error("role") })}>
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>{t(`role${role}`)}</option>
          ))}
        </select>
      </FormField>
      <TextInput name="password" type="password" label={t("password")} hint={t("passwordHint")} error={error("password")} maxLength={128} autoComplete="new-password" required />
      <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
