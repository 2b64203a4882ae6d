import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { MeetingArticle } from "@/components/meeting-article";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/page-locale";
import { getMeetingForPreview, getRevisionForPreview } from "@/lib/meetings/data";

// Staff-only, never cached (next.config.ts sends private, no-store for the
// whole staff area) and never indexed (the staff layout's robots metadata).
export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/admin/meetings/[id]/preview">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "Preview" });
  return { title: t("banner"), robots: { index: false, follow: false } };
}

/**
 * The meeting page exactly as residents will read it in this language, for
 * any signed-in staff member; with ?change=1, as its pending draft change
 * would make it read. Until the meeting is public, its calendar and share
 * links are shown unavailable, saying why (they would answer "page not
 * found").
 */
export default async function MeetingPreviewPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { id } = await params;
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageMeetings");
  const ofChange = (await searchParams).change === "1";
  const meeting = ofChange ? await getRevisionForPreview(id, locale) : await getMeetingForPreview(id, locale);
  if (!meeting) notFound();
  const t = await getTranslations("Preview");
  return (
    <>
      <div
        role="note"
        className="mb-6 rounded-md border-4 border-amber-600 bg-amber-50 p-4"
        data-testid="preview-banner"
      >
        <p className="text-amber-950">
          <strong className="block text-2xl">{t(ofChange ? "bannerChange" : "banner")}</strong>{" "}
          {t(ofChange ? "bannerChangeNote" : "bannerNote")}
        </p>
        <Link
          href={{ pathname: "/admin/meetings/[id]", params: { id } }}
          className="mt-2 inline-flex min-h-11 items-center"
        >
          {t("backToEdit")}
        </Link>
      </div>
      <MeetingArticle meeting={meeting} locale={locale} preview notPublicYet={!meeting.isPublic} />
    </>
  );
}
