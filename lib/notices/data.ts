import "server-only";
import { getDb } from "@/lib/db/client";
import type { NoticeMode, StaffRole } from "@/lib/generated/prisma/enums";
import { safeLocale, type Locale } from "@/lib/i18n/locales";

export type NoticePreferences = { noticeMode: NoticeMode; digestHour: number; locale: Locale };

export async function ownNoticePreferences(userId: string): Promise<NoticePreferences> {
  const row = await getDb().user.findUniqueOrThrow({
    where: { id: userId },
    select: { noticeMode: true, digestHour: true, locale: true },
  });
  return { ...row, locale: safeLocale(row.locale) };
}

export type NoticeRecipientRow = NoticePreferences & { id: string; name: string; email: string; role: StaffRole };

/** For admins: every active account's notice settings (what each receives follows from the role: notice-audience.ts). */
export async function listNoticeSettings(): Promise<NoticeRecipientRow[]> {
  const rows = await getDb().user.findMany({
    where: { active: true },
    select: { id: true, name: true, email: true, role: true, noticeMode: true, digestHour: true, locale: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ ...row, locale: safeLocale(row.locale) }));
}
