import "server-only";
import { can, type StaffUser } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { logStaffAction } from "@/lib/logging/staff-action";
import type { NoticePreferencesInput } from "./schema";

export type NoticePreferencesResult = { ok: true } | { ok: false; reason: "forbidden" };

/**
 * A staff member's own notice settings. Leaving the digest drops the
 * notices waiting for it (each is on its staff page anyway); the digest
 * hour is kept when none is given, for the next time they choose one.
 */
export async function saveNoticePreferences(actor: StaffUser, input: NoticePreferencesInput): Promise<NoticePreferencesResult> {
  if (!can(actor.role, "changeOwnPassword")) return { ok: false, reason: "forbidden" };
  await getDb().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { noticeMode: input.noticeMode, locale: input.locale, ...(input.digestHour === null ? {} : { digestHour: input.digestHour }) },
    });
    if (input.noticeMode !== "DIGEST") await tx.pendingNotice.deleteMany({ where: { userId: actor.id } });
  });
  logStaffAction({ action: "notices.save", staffUserId: actor.id, outcome: "ok" });
  return { ok: true };
}
