import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import { FormNotice } from "@/components/admin/form-alert";
import { StatusTabs } from "@/components/admin/status-tabs";
import { requireStaffPage } from "@/lib/auth/page-guard";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/page-locale";
import { countQuestionsByStatus, listQuestionsForStaff } from "@/lib/questions/data";
import { QUESTION_STATUSES } from "@/lib/questions/schema";
import { formatInstant, formatMeetingDay } from "@/lib/time/format";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "QuestionAdmin" });
  return { title: t("listTitle") };
}

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

/** Residents' questions, one tab per status, grouped per meeting. */
export default async function QuestionsAdminPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaffPage(locale, "answerQuestions");
  const t = await getTranslations("QuestionAdmin");
  const tLanguage = await getTranslations("Languages");
  const query = await searchParams;
  const status: QuestionStatus = QUESTION_STATUSES.find((value) => value === query.status) ?? "NEW";
  const [groups, counts] = await Promise.all([listQuestionsForStaff(status, locale), countQuestionsByStatus()]);

  return (
    <>
      <h1 className="text-3xl font-bold">{t("listTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("listIntro")}</p>
      {typeof query.deleted === "string" ? (
        <div className="mt-4">
          <FormNotice>{t("deleted")}</FormNotice>
        </div>
      ) : null}
      <StatusTabs
        label={t("tabsLabel")}
        pathname="/admin/questions"
        current={status}
        tabs={QUESTION_STATUSES.map((value) => ({ value, label: t(`tab_${value}`, { count: counts[value] }) }))}
      />
      {groups.length === 0 ? <p className="mt-6">{t("empty")}</p> : null}
      {groups.map((group) => {
        const heading = group.meeting
          ? t("meetingGroup", { title: group.meeting.title, date: formatMeetingDay(group.meeting.startsAt, locale) })
          : t("general");
        return (
          <section key={group.meeting?.id ?? "general"} className="mt-6">
            <h2 className="text-xl font-bold wrap-anywhere">{heading}</h2>
            <AdminTable
              caption={heading}
              rows={group.questions}
              rowKey={(row) => row.id}
              columns={[
                {
                  header: t("colQuestion"),
                  rowHeader: true,
                  cell: (row) => (
                    <Link
                      href={{ pathname: "/admin/questions/[id]", params: { id: row.id } }}
                      aria-label={t("open", { text: excerpt(row.text) })}
                    >
                      {excerpt(row.text)}
                    </Link>
                  ),
                },
                { header: t("colLanguage"), appText: true, cell: (row) => tLanguage(row.askedIn as "es") },
                { header: t("colAsked"), appText: true, cell: (row) => formatInstant(row.createdAt, locale) },
              ]}
            />
          </section>
        );
      })}
    </>
  );
}
