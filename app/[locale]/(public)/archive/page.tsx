import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { MeetingCard } from "@/components/meeting-card";
import { pageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/locales";
import { PageLinks } from "@/components/page-links";
import { localeParam } from "@/lib/i18n/page-locale";
import { MAX_ARCHIVE_PAGE, parseArchiveQuery } from "@/lib/meetings/archive-query";
import { listPastMeetings } from "@/lib/meetings/data";

// Rendered at request time, never at build time (there may be no database
// then); the request boundary serves the result from its cache (lib/serving/).
export const dynamic = "force-dynamic";

/** Page 1 is the bare archive URL; later pages keep `?page=N` in every language. */
function archiveAlternates(locale: Locale, page: number): Metadata["alternates"] {
  const alternates = pageAlternates("/archive", locale);
  if (page === 1 || !alternates) return alternates;
  const onPage = <T,>(url: T) => (typeof url === "string" ? `${url}?page=${page}` : url);
  return {
    canonical: onPage(alternates.canonical),
    languages: Object.fromEntries(Object.entries(alternates.languages ?? {}).map(([lang, url]) => [lang, onPage(url)])),
  };
}

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/archive">): Promise<Metadata> {
  const locale = await localeParam(params);
  const { page } = parseArchiveQuery(await searchParams);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    title: t("archiveTitle"),
    description: t("archiveDescription"),
    alternates: archiveAlternates(locale, page),
    openGraph: { title: t("archiveTitle"), description: t("archiveDescription"), locale, type: "website" },
    twitter: { card: "summary", title: t("archiveTitle"), description: t("archiveDescription") },
  };
}

export default async function ArchivePage({ params, searchParams }: PageProps<"/[locale]/archive">) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const { page } = parseArchiveQuery(await searchParams);
  if (page > MAX_ARCHIVE_PAGE) notFound();
  const t = await getTranslations("Archive");
  const { meetings, pageCount } = await listPastMeetings(locale, new Date(), page);
  if (page > pageCount) notFound();

  return (
    <>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-lg text-slate-800">{t("intro")}</p>

      {meetings.length === 0 ? (
        <p className="mt-6 rounded-lg border border-slate-300 p-4 text-lg">{t("empty")}</p>
      ) : (
        <ul className="mt-6 space-y-3">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <MeetingCard meeting={meeting} showDay headingLevel="h2" />
            </li>
          ))}
        </ul>
      )}

      {pageCount > 1 ? (
        <PageLinks
          label={t("pagination")}
          position={t("pageOf", { page, total: pageCount })}
          previous={
            page > 1
              ? {
                  href: page === 2 ? "/archive" : { pathname: "/archive", query: { page: page - 1 } },
                  text: t("previous"),
                }
              : null
          }
          next={
            page < pageCount ? { href: { pathname: "/archive", query: { page: page + 1 } }, text: t("next") } : null
          }
        />
      ) : null}
    </>
  );
}
