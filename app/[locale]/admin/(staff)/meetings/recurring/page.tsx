import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { meetingFormOptions } from "@/components/admin/meetings/form-options";
import { MeetingForm } from "@/components/admin/meetings/meeting-form";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { localeParam } from "@/lib/i18n/page-locale";
import { createRecurringAction } from "@/lib/meetings/actions";
import { EMPTY_MEETING_VALUES } from "@/lib/meetings/schema";

export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/admin/meetings/recurring">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "MeetingForm" });
  return { title: t("recurringHeading") };
}

export default async function RecurringMeetingsPage({ params }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaffPage(locale, "manageMeetings");
  const t = await getTranslations("MeetingForm");
  const options = await meetingFormOptions(locale);
  const values = { ...EMPTY_MEETING_VALUES, seriesId: options.series[0]?.id ?? "", fromDate: "", weekdays: [] };

  return (
    <>
      <h1 className="text-3xl font-bold">{t("recurringHeading")}</h1>
      <p className="mt-2">{t("recurringIntro")}</p>
      <MeetingForm
        kind="recurring"
        action={createRecurringAction.bind(null, locale)}
        initialValues={values}
        options={options}
      />
    </>
  );
}
