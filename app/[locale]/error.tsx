"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

type Props = { error: unknown; retry: () => void };

// The error itself is never shown: in production its message is generic, and
// residents need a way forward, not details. Next.js logs it on the server.
export default function LocalizedError({ retry }: Props) {
  const t = useTranslations("Error");
  return (
    <div role="alert">
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-lg">{t("body")}</p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="min-h-11 rounded-md bg-brand-800 px-4 py-2 text-lg font-semibold text-white hover:bg-brand-900"
        >
          {t("retry")}
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center text-lg">
          {t("backHome")}
        </Link>
      </div>
    </div>
  );
}
