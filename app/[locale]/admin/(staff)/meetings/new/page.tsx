import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { meetingFormOptions } from "@/components/admin/meetings/form-options";
import { MeetingForm } from "@/components/admin/meetings/meeting-form";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { localeParam } from "@/lib/i18n/page-locale";
import { createMeetingAction } from "@/lib/meetings/actions";
import { getEditableMeeting } from "@/lib/meetings/admin-data";
import { EMPTY_MEETING_VALUES, type MeetingFormValues } from "@/lib/meetings/schema";

export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/admin/meetings/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "MeetingForm" });
  return { title: t("newHeading") };
}

/** A blank form, or with ?from=<id> a copy of another meeting to change the date of. */
async function startingValues(
  from: unknown,
  defaultSeriesId: string | undefined,
): Promise<{ values: MeetingFormValues; copiedFrom: string | null }> {
  const source = typeof from === "string" && from.length <= 64 ? await getEditableMeeting(from) : null;
  if (!source) return { values: { ...EMPTY_MEETING_VALUES, seriesId: defaultSeriesId ?? "" }, copiedFrom: null };
  const values = { ...source.values, date: "" };
  return { values, copiedFrom: source.values.titleEs || source.slug };
}

export default async function NewMeetingPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageMeetings");
  const t = await getTranslations("MeetingForm");
  const options = await meetingFormOptions(locale);
  const { values, copiedFrom } = await startingValues((await searchParams).from, options.series[0]?.id);

  return (
    <>
      <h1 className="text-3xl font-bold">{t("newHeading")}</h1>
      {copiedFrom ? <p className="mt-2">{t("duplicateIntro", { title: copiedFrom })}</p> : null}
      <MeetingForm
        kind="create"
        action={createMeetingAction.bind(null, locale)}
        initialValues={values}
        options={options}
      />
    </>
  );
}
