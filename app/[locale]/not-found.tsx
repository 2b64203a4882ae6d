import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function LocalizedNotFound() {
  const t = await getTranslations("NotFound");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-lg">{t("body")}</p>
      <p className="mt-4">
        <Link href="/">{t("backHome")}</Link>
      </p>
    </>
  );
}
