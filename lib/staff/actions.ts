"use server";

import type { StaffUser } from "@/lib/auth/roles";
import { authorize } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms/form-state";
import { signInAgain } from "@/lib/forms/signed-out";
import { outcomeToFormState } from "@/lib/commands/outcome";
import { runFormAction } from "@/lib/forms/form-action";
import { type Locale, safeLocale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { NEW_STAFF_SHAPE } from "./fields";
import { changeStaffRole, createStaffMember, setStaffActive, type StaffOutcome } from "./mutations";
import { newStaffSchema, staffActiveSchema, staffRoleSchema } from "./schema";

/** Creates a staff account; the password typed is never sent back to the page. */
export async function createStaffAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const options = {
    action: "user.create",
    permission: "manageStaff",
    schema: newStaffSchema,
    shape: NEW_STAFF_SHAPE,
  } as const;
  return runFormAction(locale, formData, options, async (form) => {
    const result = await createStaffMember(form.user, form.input);
    return outcomeToFormState(result, form.values, {
      ok: () => redirect({ href: { pathname: "/admin/staff", query: { notice: "created" } }, locale: form.locale }),
    });
  });
}

// The row buttons are plain forms: each answers with a redirect back to the
// list carrying a notice or an error code, so they work without JavaScript.
async function finishRowChange(
  locale: Locale,
  run: (actor: StaffUser) => Promise<StaffOutcome | "invalid">,
  notice: string,
): Promise<never> {
  const authorization = await authorize("manageStaff");
  if (!authorization.ok && authorization.reason === "unauthenticated") return signInAgain(safeLocale(locale));
  if (!authorization.ok && authorization.reason === "secondFactorRequired") {
    return redirect({ href: { pathname: "/admin/account", query: { setup: "required" } }, locale: safeLocale(locale) });
  }
  const result = authorization.ok ? await run(authorization.user) : ({ ok: false, reason: "forbidden" } as const);
  const query = result === "invalid" ? { error: "invalid" } : result.ok ? { notice } : { error: result.reason };
  return redirect({ href: { pathname: "/admin/staff", query }, locale: safeLocale(locale) });
}

export async function changeStaffRoleAction(locale: Locale, formData: FormData): Promise<void> {
  await finishRowChange(
    locale,
    async (actor) => {
      const parsed = staffRoleSchema.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
      return parsed.success ? changeStaffRole(actor, parsed.data.userId, parsed.data.role) : "invalid";
    },
    "role",
  );
}

export async function setStaffActiveAction(locale: Locale, formData: FormData): Promise<void> {
  const active = formData.get("active");
  await finishRowChange(
    locale,
    async (actor) => {
      const parsed = staffActiveSchema.safeParse({ userId: formData.get("userId"), active });
      return parsed.success ? setStaffActive(actor, parsed.data.userId, parsed.data.active) : "invalid";
    },
    active === "true" ? "activated" : "deactivated",
  );
}
