"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { SignInState } from "@/lib/auth/actions";
import { FormField, inputClass } from "./form-field";

type Props = { action: (previous: SignInState, formData: FormData) => Promise<SignInState> };

export function SignInForm({ action }: Props) {
  const t = useTranslations("Login");
  const [state, formAction, pending] = useActionState(action, { email: "" });
  const wait = state.retryAfterSeconds ?? 60;
  const error =
    state.error === "throttled"
      ? t("throttled", wait < 60 ? { unit: "second", count: wait } : { unit: "minute", count: Math.ceil(wait / 60) })
      : state.error
        ? t(state.error)
        : null;

  return (
    <form action={formAction} className="mt-6 max-w-sm space-y-4" noValidate>
      {error ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {error}
        </p>
      ) : null}
      <FormField id="email" label={t("email")}>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} className={inputClass} />
      </FormField>
      <FormField id="password" label={t("password")}>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </FormField>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
      >
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
