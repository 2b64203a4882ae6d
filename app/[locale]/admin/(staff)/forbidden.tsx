import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function Forbidden() {
  const t = await getTranslations("Admin");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("forbiddenHeading")}</h1>
      <p className="mt-2">{t("forbiddenBody")}</p>
      <p className="mt-4">
        <Link href="/admin" className="inline-flex min-h-11 items-center">
          {t("backToDashboard")}
        </Link>
      </p>
    </>
  );
}
