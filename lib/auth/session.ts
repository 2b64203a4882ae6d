import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { logStaffAction } from "@/lib/logging/staff-action";
import { secondFactorMissing } from "@/lib/second-factor/data";
import { getAuth, SESSION_ABSOLUTE_SECONDS } from "./auth";
import { sessionHasRecentProof } from "./recent-proof";
import { readCookie, unsignedPart } from "./request-cookie";
import { can, type Permission, type StaffUser } from "./roles";

/**
 * Whether the request's session cookie names a session that still exists.
 * A cookie that names none (signed out everywhere else, reset, expired) is
 * answered here without asking better-auth: its getSession would expire the
 * cookie, and a cookie written during a server action makes Next.js draw
 * the page again in the same answer — whose guard then sends the browser
 * to the sign-in page, losing what was typed in the form that was posted
 * (lib/forms/form-action.ts keeps it instead). better-auth still
 * checks the signature of every cookie that gets past this.
 */
async function namesLiveSession(requestHeaders: Headers): Promise<boolean> {
  const { authCookies } = await getAuth().$context;
  const token = unsignedPart(readCookie(requestHeaders, authCookies.sessionToken.name));
  if (!token) return false;
  const session = await getDb().session.findUnique({ where: { token }, select: { expiresAt: true } });
  return Boolean(session && session.expiresAt > new Date());
}

/** This request's session and its user as better-auth reads them, or null. */
const currentSession = cache(async () => {
  const requestHeaders = await headers();
  if (!(await namesLiveSession(requestHeaders))) return null;
  return getAuth().api.getSession({ headers: requestHeaders });
});

/**
 * The signed-in staff member for this request, or null. A session of a
 * deactivated account, or older than the absolute limit, counts as none
 * (and is deleted).
 */
export const getStaffUser = cache(async (): Promise<StaffUser | null> => {
  const result = await currentSession();
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
export const getCurrentSessionId = cache(
  async (): Promise<string | null> => (await currentSession())?.session.id ?? null,
);

/** Whether this session proved the password or a second factor within the last few minutes (lib/auth/recent-proof.ts). */
export async function hasRecentProof(): Promise<boolean> {
  const sessionId = await getCurrentSessionId();
  return sessionId !== null && (await sessionHasRecentProof(sessionId));
}

export type AccessDenial = "unauthenticated" | "forbidden" | "secondFactorRequired" | "proofRequired";

export type Authorization = { ok: true; user: StaffUser } | { ok: false; reason: AccessDenial };

// The staff member's own account (password, second factor): open to someone
// who still has to set up a second factor, as their account page is.
const BEFORE_SECOND_FACTOR = new Set<Permission>(["manageOwnAccount"]);

async function denialFor(
  user: StaffUser | null,
  permission: Permission,
  recentProof: boolean,
): Promise<AccessDenial | null> {
  if (!user) return "unauthenticated";
  if (!can(user.role, permission)) return "forbidden";
  if (!BEFORE_SECOND_FACTOR.has(permission) && (await secondFactorMissing(user.id))) return "secondFactorRequired";
  if (recentProof && !(await hasRecentProof())) return "proofRequired";
  return null;
}

/**
 * For server actions and route handlers: who is asking, and may they? A
 * role that needs a second factor gets no action until it has one, as it
 * gets no page but its account page (lib/auth/page-guard.ts): a stolen
 * password alone must not be enough to publish. With `recentProof`, the
 * session must also have proved the password or a second factor within the
 * last few minutes (changes to the account's own sign-in methods).
 */
export async function authorize(permission: Permission, { recentProof = false } = {}): Promise<Authorization> {
  const user = await getStaffUser();
  const refusal = await denialFor(user, permission, recentProof);
  if (!refusal) return { ok: true, user: user! };
  logStaffAction({
    action: `authorize.${permission}`,
    staffUserId: user?.id ?? null,
    outcome: "refused",
    reason: refusal,
  });
  return { ok: false, reason: refusal };
}
