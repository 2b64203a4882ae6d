import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicStatement } from "@/lib/statements/data";
import { formatDateKey } from "@/lib/time/format";

/** Statements as residents read them: each with who said it, the day it was last confirmed and the day its wording last changed. */
export async function StatementList({ statements, locale }: { statements: PublicStatement[]; locale: Locale }) {
  const t = await getTranslations("WhatToKnow");
  return (
    <ul className="mt-2 list-disc space-y-3 pl-6">
      {statements.map((statement) => (
        <li key={statement.id}>
          <p>{statement.text}</p>
          <p className="mt-1 text-base text-slate-700">
            {statement.sourceUrl ? (
              <a href={statement.sourceUrl} rel="noopener noreferrer">
                {statement.source}
              </a>
            ) : (
              statement.source
            )}
            {" · "}
            {t("lastConfirmed", { date: formatDateKey(statement.statedOn, locale) })}
            {/* Apart from the confirmation: new words never pass under an older date unnoticed. */}
            {statement.wordingChangedOn
              ? ` · ${t("wordingChanged", { date: formatDateKey(statement.wordingChangedOn, locale) })}`
              : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
