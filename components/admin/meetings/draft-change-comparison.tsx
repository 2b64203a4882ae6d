import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { ComparedField, ComparedValue, FieldComparison } from "@/lib/meeting-revisions/compare";
import { languageNames } from "@/lib/meetings/languages-text";
import { zonedDateTimeToInstant } from "@/lib/time/central-time";
import { formatMeetingWhen } from "@/lib/time/format";
import type { MeetingFormOptions } from "./meeting-fields";

type Props = { comparisons: FieldComparison[]; locale: Locale; options: Pick<MeetingFormOptions, "series" | "venues"> };

/** The language a field's text is written in, for screen readers and hyphenation. */
function langOf(field: ComparedField): Locale | undefined {
  if (field.endsWith("En")) return "en";
  if (field.endsWith("Es")) return "es";
  return undefined;
}

/** Each English/Spanish pair with the reviewer's language first, as the edit form shows them. */
function readingOrder(comparisons: FieldComparison[], locale: Locale): FieldComparison[] {
  if (locale === "en") return comparisons;
  const ordered = [...comparisons];
  for (let index = 0; index + 1 < ordered.length; index += 1) {
    const [first, second] = [ordered[index]!, ordered[index + 1]!];
    if (langOf(first.field) === "en" && second.field === `${first.field.slice(0, -2)}Es`) {
      ordered[index] = second;
      ordered[index + 1] = first;
      index += 1;
    }
  }
  return ordered;
}

/**
 * A draft change beside the published meeting, for whoever decides on it:
 * each field it changes as residents read it now and as they would read it
 * after, marked "Changed" in words (not by colour alone), in the reviewer's
 * language; the fields it leaves alone folded away below. Two narrow
 * columns that wrap any long word, so a phone shows it without sideways
 * scrolling.
 */
export async function DraftChangeComparison({ comparisons, locale, options }: Props) {
  const t = await getTranslations("DraftChange");
  const tForm = await getTranslations("MeetingForm");
  const ordered = readingOrder(comparisons, locale);
  const changed = ordered.filter((comparison) => comparison.changed);
  const unchanged = ordered.filter((comparison) => !comparison.changed);

  const label = (field: ComparedField) => {
    if (field === "when") return tForm("sectionWhen");
    if (field === "venueId") return tForm("venueMode");
    return tForm(field);
  };
  const show = (field: ComparedField, value: ComparedValue): string => {
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (Array.isArray(value)) return value.length ? languageNames(value, locale) : t("emptyValue");
    if (typeof value === "object") {
      const start = zonedDateTimeToInstant(value.date, value.startTime);
      const end = zonedDateTimeToInstant(value.date, value.endTime);
      return start.ok && end.ok
        ? formatMeetingWhen(start.instant, end.instant, locale)
        : [value.date, value.startTime, value.endTime].join(" ").trim() || t("emptyValue");
    }
    if (field === "seriesId") return options.series.find((series) => series.id === value)?.title ?? t("emptyValue");
    if (field === "venueId") {
      const venue = options.venues.find((candidate) => candidate.id === value);
      return venue ? (venue.neighborhood ? `${venue.name} (${venue.neighborhood})` : venue.name) : t("emptyValue");
    }
    return value || t("emptyValue");
  };
  const cell = (field: ComparedField, value: ComparedValue) => (
    <dd lang={langOf(field)} className="mt-1 wrap-anywhere whitespace-pre-line">
      {show(field, value)}
    </dd>
  );

  return (
    <section aria-labelledby="draft-change-compare" className="mt-4">
      <h3 id="draft-change-compare" className="text-lg font-bold">
        {t("compareHeading")}
      </h3>
      <p className="mt-1" data-testid="compare-count">
        {t("changedCount", { count: changed.length })}
      </p>
      {changed.length ? (
        <ul className="mt-2 space-y-3">
          {changed.map(({ field, before, after }) => (
            <li
              key={field}
              className="min-w-0 rounded-md border-2 border-amber-800 bg-white p-3"
              data-testid={`compare-${field}`}
              data-changed=""
            >
              <p className="font-semibold">
                <span className="mr-2 inline-block rounded border border-amber-800 px-1.5 text-sm font-bold tracking-wide uppercase">
                  {t("changedMark")}
                </span>
                {label(field)}
              </p>
              <dl className="mt-2 grid grid-cols-2 gap-3">
                <div className="min-w-0">
                  <dt className="text-sm font-semibold text-slate-700">{t("publishedNow")}</dt>
                  {cell(field, before)}
                </div>
                <div className="min-w-0 border-l-2 border-slate-300 pl-3">
                  <dt className="text-sm font-semibold text-slate-700">{t("withChange")}</dt>
                  {cell(field, after)}
                </div>
              </dl>
            </li>
          ))}
        </ul>
      ) : null}
      {unchanged.length ? (
        <details className="mt-3">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-800 underline">
            {t("unchangedSummary", { count: unchanged.length })}
          </summary>
          <dl className="mt-2 space-y-2 rounded-md border border-slate-300 bg-white p-3">
            {unchanged.map(({ field, before }) => (
              <div key={field} className="min-w-0" data-testid={`compare-${field}`}>
                <dt className="text-sm font-semibold text-slate-700">{label(field)}</dt>
                {cell(field, before)}
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </section>
  );
}
