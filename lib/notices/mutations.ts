import "server-only";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, type Denied } from "@/lib/commands/outcome";
import { writeTransaction } from "@/lib/db/write-transaction";
import type { NoticePreferencesInput } from "./schema";

export type NoticePreferencesOutcome = { ok: true } | Denied;

/**
 * A staff member's own notice settings. Leaving the digest drops the
 * notices waiting for it (each is on its staff page anyway); the digest
 * hour is kept when none is given, for the next time they choose one.
 */
export async function saveNoticePreferences(
  actor: StaffUser | null,
  input: NoticePreferencesInput,
): Promise<NoticePreferencesOutcome> {
  const access = authorizeActor(actor, "manageOwnAccount");
  if (!access.ok) return access;
  const staff = access.actor;
  return writeTransaction(
    { action: "notices.save", actor: staff, entityId: staff.id },
    async (tx): Promise<NoticePreferencesOutcome> => {
      await tx.user.update({
        where: { id: staff.id },
        data: {
          noticeMode: input.noticeMode,
          locale: input.locale,
          ...(input.digestHour === null ? {} : { digestHour: input.digestHour }),
        },
      });
      if (input.noticeMode !== "DIGEST") await tx.pendingNotice.deleteMany({ where: { userId: staff.id } });
      return { ok: true };
    },
  );
}
