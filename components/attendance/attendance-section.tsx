import { getTranslations } from "next-intl/server";
import { REQUESTABLE_LANGUAGES } from "@/lib/attendance/schema";
import { formPermalink, formSectionId } from "@/lib/i18n/form-sections";
import type { Locale } from "@/lib/i18n/locales";
import type { PageHref } from "@/lib/i18n/paths";
import { languageNames } from "@/lib/meetings/languages-text";
import type { PublicMeeting } from "@/lib/meetings/public-meeting";
import { AttendanceForms, type AttendanceTexts, type TapAction } from "./attendance-forms";

// Spanish writes language names in lower case; alone on a button they start with a capital.
function capitalized(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

type Props = {
  meeting: Pick<PublicMeeting, "status" | "endsAt" | "interpretation">;
  locale: Locale;
  /** The meeting's page: the taps post back to it. */
  page: PageHref;
  /** The tap action, bound to this meeting in the server page; none in the staff preview. */
  action?: TapAction;
  ended: boolean;
};

/**
 * "Coming to this meeting?": the interpretation staff arranged, and, while
 * the meeting is ahead and not cancelled, the anonymous "I plan to come" and
 * "I need interpretation in…" taps, with what is kept said plainly.
 */
export async function AttendanceSection({ meeting, locale, page, action, ended }: Props) {
  const t = await getTranslations("Attendance");
  const tLanguage = await getTranslations("Languages");
  const provided =
    meeting.interpretation.length > 0
      ? t("provided", { languages: languageNames(meeting.interpretation, locale) })
      : null;
  const open = Boolean(action) && !ended && meeting.status !== "CANCELLED";
  if (!provided && !open) return null;

  const texts: AttendanceTexts = {
    plan: t("planButton"),
    legend: t("interpretationLegend"),
    languages: REQUESTABLE_LANGUAGES.map((code) => ({
      code,
      label: code === "other" ? t("otherButton") : capitalized(tLanguage(code), locale),
    })),
    tooMany: t("tooMany"),
    closed: t("closed"),
    failed: t("failed"),
  };

  return (
    <section
      id={formSectionId("attendance", locale)}
      aria-labelledby="meeting-attendance"
      className="no-print mt-8 scroll-mt-4"
    >
      <h2 id="meeting-attendance" className="text-xl font-bold">
        {t("heading")}
      </h2>
      {provided ? <p className="mt-2 font-semibold">{provided}</p> : null}
      {open && action ? (
        <>
          <p className="mt-2">{t("intro")}</p>
          <p className="mt-2 text-slate-700">{t("kept")}</p>
          <AttendanceForms action={action} permalink={formPermalink(page, "attendance", locale)} texts={texts} />
        </>
      ) : null}
    </section>
  );
}
