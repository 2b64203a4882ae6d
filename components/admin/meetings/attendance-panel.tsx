import { getTranslations } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import { setInterpreterArrangedAction } from "@/lib/attendance/actions";
import { talliesForMeeting } from "@/lib/attendance/data";
import { ARRANGEABLE_LANGUAGES } from "@/lib/attendance/schema";
import type { Locale } from "@/lib/i18n/locales";
import { InterpreterMarkForm } from "./interpreter-mark-form";

type Props = { meetingId: string; version: number; interpretation: string[]; locale: Locale };

const arrangeable = (language: string) => (ARRANGEABLE_LANGUAGES as readonly string[]).includes(language);

/**
 * The meeting's anonymous counts ("I plan to come", interpretation asked
 * for per language) and, for each language asked for, whether an
 * interpreter is arranged, with the one button that changes it.
 */
export async function AttendancePanel({ meetingId, version, interpretation, locale }: Props) {
  const [t, tLanguage, tallies] = await Promise.all([
    getTranslations("AttendanceAdmin"),
    getTranslations("Languages"),
    talliesForMeeting(meetingId),
  ]);
  const requested = new Map(tallies.interpretation.map((row) => [row.language, row.count]));
  // Languages asked for, then any arranged that nobody asked for (set in the meeting form).
  const languages = [
    ...requested.keys(),
    ...interpretation.filter((code) => arrangeable(code) && !requested.has(code)),
  ];
  const action = setInterpreterArrangedAction.bind(null, locale, meetingId);
  return (
    <section aria-labelledby="attendance-heading" className="mt-10">
      <h2 id="attendance-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="text-slate-700">{t("intro")}</p>
      <p className="mt-2 font-semibold" data-testid="plan-to-come">
        {t("planToCome", { count: tallies.planToCome })}
      </p>
      <div className="mt-3">
        <AdminTable
          caption={t("tableCaption")}
          empty={t("noRequests")}
          rows={languages}
          rowKey={(language) => language}
          rowData={(language) => ({ "data-language": language })}
          columns={[
            {
              header: t("colLanguage"),
              rowHeader: true,
              appText: true,
              cell: (language) => tLanguage(language as "vi"),
            },
            { header: t("colRequests"), appText: true, cell: (language) => String(requested.get(language) ?? 0) },
            {
              header: t("colInterpreter"),
              appText: true,
              cell: (language) => {
                if (!arrangeable(language)) return t("otherNote");
                const arranged = interpretation.includes(language);
                const name = tLanguage(language as "vi");
                return (
                  <div className="space-y-1">
                    <p>{arranged ? t("arranged") : t("notArranged")}</p>
                    <InterpreterMarkForm
                      action={action}
                      language={language}
                      arranged={arranged}
                      version={version}
                      label={arranged ? t("unmarkArranged", { language: name }) : t("markArranged", { language: name })}
                    />
                  </div>
                );
              },
            },
          ]}
        />
      </div>
    </section>
  );
}
