import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import { AuditChanges } from "@/components/admin/audit-changes";
import { PageLinks } from "@/components/page-links";
import { listAuditEntries, type AuditListItem } from "@/lib/audit/data";
import { auditEntryText } from "@/lib/audit/event-text";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { localeParam } from "@/lib/i18n/page-locale";
import { formatInstant } from "@/lib/time/format";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "AuditLog" });
  return { title: t("title") };
}

const ENTITY_TYPES = [
  "meeting",
  "venue",
  "series",
  "user",
  "secondFactor",
  "passkey",
  "staffSettings",
  "statement",
  "sessionRequest",
  "question",
  "meetingRevision",
  "statementChange",
] as const;

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaffPage(locale, "viewAudit");
  const t = await getTranslations("AuditLog");
  const requested = Number((await searchParams).page ?? 1);
  const { entries, page, pageCount } = await listAuditEntries(Number.isFinite(requested) ? requested : 1);
  const entityLabel = (type: string) => {
    const known = ENTITY_TYPES.find((item) => item === type);
    return known ? t(`entity${known}`) : type;
  };
  const who = (entry: AuditListItem) =>
    entry.actorKind === "STAFF" ? (entry.actorEmail ?? "—") : t(`actors.${entry.actorKind}`);
  const detail = (entry: AuditListItem) => auditEntryText(entry, locale, (key, values) => t(key, values));

  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <AdminTable
        caption={t("title")}
        empty={t("empty")}
        rows={entries}
        rowKey={(entry) => entry.id}
        columns={[
          {
            header: t("colWhen"),
            appText: true,
            cell: (entry) => (
              <time dateTime={entry.createdAt.toISOString()}>{formatInstant(entry.createdAt, locale)}</time>
            ),
          },
          { header: t("colWho"), cell: who },
          {
            header: t("colWhat"),
            cell: (entry) => (
              <>
                {entityLabel(entry.entityType)} · {t(`action${entry.action}`)}
                <br />
                {detail(entry)}
              </>
            ),
          },
          { header: t("colChanges"), cell: (entry) => <AuditChanges changes={entry.changes} /> },
        ]}
      />
      <PageLinks
        label={t("pagination")}
        position={t("pageOf", { page, pageCount })}
        previous={page > 1 ? { href: { pathname: "/admin/audit", query: { page: page - 1 } }, text: t("newer") } : null}
        next={
          page < pageCount ? { href: { pathname: "/admin/audit", query: { page: page + 1 } }, text: t("older") } : null
        }
      />
    </>
  );
}
