import "server-only";
import { forbidden } from "next/navigation";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { logStaffAction } from "@/lib/logging/staff-action";
import { secondFactorMissing } from "@/lib/second-factor/data";
import { can, type Permission, type StaffUser } from "./roles";
import { getStaffUser } from "./session";

/**
 * For staff pages: the signed-in user, or a redirect to the sign-in page;
 * a 403 when their role lacks the permission. Hiding a link is not a check.
 * Someone whose role needs a second factor and who has none is taken to
 * their account page to set one up, from every page but that one
 * (`secondFactorSetup`).
 */
export async function requireStaffPage(
  locale: Locale,
  permission?: Permission,
  { secondFactorSetup = false } = {},
): Promise<StaffUser> {
  const user = await getStaffUser();
  if (!user) return redirect({ href: "/admin/login", locale });
  if (!secondFactorSetup && (await secondFactorMissing(user.id))) {
    return redirect({ href: { pathname: "/admin/account", query: { setup: "required" } }, locale });
  }
  if (permission && !can(user.role, permission)) {
    logStaffAction({
      action: `authorize.${permission}`,
      staffUserId: user.id,
      outcome: "refused",
      reason: "forbidden",
    });
    forbidden();
  }
  return user;
}
