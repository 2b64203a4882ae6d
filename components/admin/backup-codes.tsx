"use client";

import { useTranslations } from "next-intl";
import { FormNotice } from "./form-alert";

/** The 10 backup codes, shown once right after the app is confirmed or new ones are made, and as a text file to keep. */
export function BackupCodes({ codes, notice }: { codes: string[]; notice: string }) {
  const t = useTranslations("Account");
  const file = `${t("backupFileTitle")}\n\n${codes.join("\n")}\n`;
  return (
    <div className="mt-3 space-y-3">
      <FormNotice>{notice}</FormNotice>
      <h3 className="text-lg font-bold">{t("backupHeading")}</h3>
      <p>{t("backupIntro")}</p>
      <ul className="grid max-w-sm grid-cols-2 gap-2 font-mono text-lg" aria-label={t("backupHeading")}>
        {codes.map((code) => (
          <li key={code} data-testid="backup-code">
            {code}
          </li>
        ))}
      </ul>
      <a
        href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`}
        download="encuentros-backup-codes.txt"
        className="inline-flex min-h-11 items-center font-semibold"
      >
        {t("backupDownload")}
      </a>
    </div>
  );
}
