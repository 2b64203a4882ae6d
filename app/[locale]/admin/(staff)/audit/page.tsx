import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditChanges } from "@/components/admin/audit-changes";
import { listAuditEntries } from "@/lib/audit/data";
import { requireStaffPage } from "@/lib/auth/page-guard";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant } from "@/lib/time/format";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "AuditLog" });
  return { title: t("title") };
}

const ENTITY_TYPES = ["meeting", "venue", "series", "user"] as const;

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaffPage(locale, "viewAudit");
  const t = await getTranslations("AuditLog");
  const requested = Number((await searchParams).page ?? 1);
  const { entries, page, pageCount } = await listAuditEntries(Number.isFinite(requested) ? requested : 1);
  const entityLabel = (type: string) => {
    const known = ENTITY_TYPES.find((item) => item === type);
    return known ? t(`entity${known}`) : type;
  };

  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {entries.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-2 pr-4">{t("colWhen")}</th>
                <th scope="col" className="py-2 pr-4">{t("colWho")}</th>
                <th scope="col" className="py-2 pr-4">{t("colWhat")}</th>
                <th scope="col" className="py-2">{t("colChanges")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={entry.createdAt.toISOString()}>{formatInstant(entry.createdAt, locale)}</time>
                  </td>
                  <td className="py-2 pr-4 break-all">{entry.actorEmail}</td>
                  <td className="py-2 pr-4">
                    {entityLabel(entry.entityType)} · {t(`action${entry.action}`)}
                    <br />
                    <span className="break-words">{entry.summary}</span>
                  </td>
                  <td className="py-2">
                    <AuditChanges changes={entry.changes} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center gap-4">
        {page > 1 ? (
          <Link href={{ pathname: "/admin/audit", query: { page: String(page - 1) } }} className="inline-flex min-h-11 items-center" rel="prev">
            {t("newer")}
          </Link>
        ) : null}
        <span>{t("pageOf", { page, pageCount })}</span>
        {page < pageCount ? (
          <Link href={{ pathname: "/admin/audit", query: { page: String(page + 1) } }} className="inline-flex min-h-11 items-center" rel="next">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
