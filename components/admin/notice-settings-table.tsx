import { getTranslations } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import type { Locale } from "@/lib/i18n/locales";
import type { NoticeRecipientRow } from "@/lib/notices/data";
import { noticesForRole } from "@/lib/notices/notice-audience";
import { formatClockHour } from "@/lib/time/format";

/** For admins: who receives which staff notices, how, and in which language. */
export async function NoticeSettingsTable({ rows, locale }: { rows: NoticeRecipientRow[]; locale: Locale }) {
  const t = await getTranslations("Notices");
  const roles = await getTranslations("StaffAdmin");
  const mode = (row: NoticeRecipientRow) =>
    t(`mode${row.noticeMode}`, { hour: formatClockHour(row.digestHour, locale) });
  return (
    <AdminTable
      caption={t("adminHeading")}
      rows={rows}
      rowKey={(row) => row.id}
      rowData={(row) => ({ "data-notice-email": row.email })}
      columns={[
        { header: t("colPerson"), rowHeader: true, cell: (row) => row.name },
        { header: t("colRole"), appText: true, cell: (row) => roles(`role${row.role}`) },
        {
          header: t("colNotices"),
          appText: true,
          cell: (row) => (
            <ul className="list-disc pl-5">
              {noticesForRole(row.role).map((kind) => (
                <li key={kind}>{t(kind)}</li>
              ))}
            </ul>
          ),
        },
        { header: t("colMode"), appText: true, cell: mode },
        {
          header: t("colLanguage"),
          appText: true,
          cell: (row) => (row.locale === "en" ? t("localeEn") : t("localeEs")),
        },
      ]}
    />
  );
}
