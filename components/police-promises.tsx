import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";

/** The department's public commitments, repeated where residents decide whether to come. */
export async function PolicePromises() {
  const t = await getTranslations("Meeting");
  const promises = await getTranslations("WhatToKnow");
  return (
    <aside aria-labelledby="police-promises" className="mt-8 rounded-lg border border-brand-700 bg-brand-50 p-4">
      <h2 id="police-promises" className="text-xl font-bold">
        {t("promisesHeading")}
      </h2>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        <li>{promises("raids")}</li>
        <li>{promises("call911")}</li>
        <li>{promises("sensitivePlaces")}</li>
      </ul>
      <p className="mt-3">
        <LocaleLink href="/what-to-know" className="inline-flex min-h-11 items-center">
          {t("promisesLink")}
        </LocaleLink>
      </p>
    </aside>
  );
}
