import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { logStaffAction } from "@/lib/logging/staff-action";
import { secondFactorMissing } from "@/lib/second-factor/data";
import { getAuth, SESSION_ABSOLUTE_SECONDS } from "./auth";
import { can, type Permission, type StaffUser } from "./roles";

/**
 * The signed-in staff member for this request, or null. A session of a
 * deactivated account, or older than the absolute limit, counts as none
 * (and is deleted).
 */
export const getStaffUser = cache(async (): Promise<StaffUser | null> => {
  const result = await getAuth().api.getSession({ headers: await headers() });
  if (!result) return null;
  const db = getDb();
  const user = await db.user.findUnique({
    where: { id: result.user.id },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  const tooOld = Date.now() - new Date(result.session.createdAt).getTime() > SESSION_ABSOLUTE_SECONDS * 1000;
  if (!user || !user.active || tooOld) {
    await db.session.deleteMany({ where: { id: result.session.id } });
    return null;
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** The id of this request's session, to tell it apart in the list of the staff member's sessions. */
export const getCurrentSessionId = cache(async (): Promise<string | null> => {
  const result = await getAuth().api.getSession({ headers: await headers() });
  return result?.session.id ?? null;
});

export type Authorization =
  | { ok: true; user: StaffUser }
  | { ok: false; reason: "unauthenticated" | "forbidden" | "secondFactorRequired" };

// The staff member's own account (password, second factor): open to someone
// who still has to set up a second factor, as their account page is.
const BEFORE_SECOND_FACTOR = new Set<Permission>(["changeOwnPassword"]);

/**
 * For server actions and route handlers: who is asking, and may they? A
 * role that needs a second factor gets no action until it has one, as it
 * gets no page but its account page (lib/auth/page-guard.ts): a stolen
 * password alone must not be enough to publish.
 */
export async function authorize(permission: Permission): Promise<Authorization> {
  const user = await getStaffUser();
  let refusal: Exclude<Authorization, { ok: true }>["reason"] | null = !user ? "unauthenticated" : can(user.role, permission) ? null : "forbidden";
  if (!refusal && !BEFORE_SECOND_FACTOR.has(permission) && (await secondFactorMissing(user!.id))) refusal = "secondFactorRequired";
  if (!refusal) return { ok: true, user: user! };
  logStaffAction({ action: `authorize.${permission}`, staffUserId: user?.id ?? null, outcome: "refused", reason: refusal });
  return { ok: false, reason: refusal };
}
