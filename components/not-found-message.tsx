import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";

export async function NotFoundMessage() {
  const t = await getTranslations("NotFound");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-lg">{t("body")}</p>
      <p className="mt-4">
        <LocaleLink href="/" className="inline-flex min-h-11 items-center">
          {t("backHome")}
        </LocaleLink>
      </p>
    </>
  );
}
