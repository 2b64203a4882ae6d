import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { logStaffAction } from "@/lib/logging/staff-action";
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
  | { ok: false; reason: "unauthenticated" | "forbidden" };

/** For server actions and route handlers: who is asking, and may they? */
export async function authorize(permission: Permission): Promise<Authorization> {
  const user = await getStaffUser();
  const refusal = !user ? "unauthenticated" : can(user.role, permission) ? null : "forbidden";
  if (!refusal) return { ok: true, user: user! };
  logStaffAction({ action: `authorize.${permission}`, staffUserId: user?.id ?? null, outcome: "refused", reason: refusal });
  return { ok: false, reason: refusal };
}
