import { can } from "@/lib/auth/roles";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { NoticeKind } from "./notice-kinds";

/**
 * Which notices a role receives, as lib/notices/staff-notices.ts picks
 * recipients: for the account page ("with your role, you receive") and the
 * admins' table of who receives what. Reviews go to those who may approve
 * (editors only in series that let them); decisions and scheduled
 * publishing to the author, who is anyone who may write meetings or
 * propose statements.
 */
export function noticesForRole(role: StaffRole): NoticeKind[] {
  const notices: NoticeKind[] = [];
  if (can(role, "manageRequests")) notices.push("newRequest");
  if (can(role, "answerQuestions")) notices.push("newQuestion");
  if (can(role, "manageMeetings") || can(role, "manageStatements")) notices.push("reviewRequested");
  if (can(role, "manageMeetings") || can(role, "proposeStatements")) notices.push("reviewDecided");
  if (can(role, "manageMeetings")) notices.push("scheduledPublished", "interpretationNeeded");
  return notices;
}
