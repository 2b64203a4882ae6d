import "server-only";
import { forbidden } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { can, type StaffUser } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/locales";
import { logStaffAction } from "@/lib/logging/staff-action";
import { statementChangesNeedReview } from "./data";

/**
 * The statement pages: admins always; editors only while statement changes
 * need review (they then propose, never save). The actions check the same.
 */
export async function requireStatementsPage(locale: Locale): Promise<{ user: StaffUser; reviewOn: boolean }> {
  const user = await requireStaffPage(locale, "proposeStatements");
  const reviewOn = await statementChangesNeedReview();
  if (!reviewOn && !can(user.role, "manageStatements")) {
    logStaffAction({
      action: "authorize.manageStatements",
      staffUserId: user.id,
      outcome: "refused",
      reason: "forbidden",
    });
    forbidden();
  }
  return { user, reviewOn };
}
