import "server-only";
import { forbidden } from "next/navigation";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { logStaffAction } from "@/lib/logging/staff-action";
import { can, type Permission, type StaffUser } from "./roles";
import { getStaffUser } from "./session";

/**
 * For staff pages: the signed-in user, or a redirect to the sign-in page;
 * a 403 when their role lacks the permission. Hiding a link is not a check.
 */
export async function requireStaffPage(locale: Locale, permission?: Permission): Promise<StaffUser> {
  const user = await getStaffUser();
  if (!user) return redirect({ href: "/admin/login", locale });
  if (permission && !can(user.role, permission)) {
    logStaffAction({ action: `authorize.${permission}`, staffUserId: user.id, outcome: "refused", reason: "forbidden" });
    forbidden();
  }
  return user;
}
