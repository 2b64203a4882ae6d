import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/admin/forgot-password-form";
import { FormAlert, FormNotice } from "@/components/admin/form-alert";
import { requestPasswordResetAction } from "@/lib/auth/actions";
import { RESET_LINK_MINUTES } from "@/lib/email/kinds/password-reset";
import { emailDelivery } from "@/lib/email/delivery";
import { localeParam } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";

type Props = PageProps<"/[locale]/admin/forgot-password">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "PasswordReset" });
  return { title: t("requestTitle") };
}

/**
 * "Forgot your password?": one answer for every address (lib/auth/password-reset.ts).
 * When this deployment sends no email, it says so instead of offering the form.
 */
export default async function ForgotPasswordPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("PasswordReset");
  const sent = query.sent === "1";
  const emailOff = emailDelivery().mode === "off";

  return (
    <>
      <h1 className="text-3xl font-bold">{t("requestTitle")}</h1>
      {sent ? (
        <FormNotice className="mt-4">{t("sent", { minutes: RESET_LINK_MINUTES })}</FormNotice>
      ) : emailOff ? (
        <div className="mt-4">
          <FormAlert>{t("unavailable")}</FormAlert>
        </div>
      ) : (
        <>
          {query.expired === "1" ? (
            <div className="mt-4">
              <FormAlert>{t("linkInvalid")}</FormAlert>
            </div>
          ) : null}
          <p className="mt-2 text-slate-700">{t("requestIntro", { minutes: RESET_LINK_MINUTES })}</p>
          <ForgotPasswordForm action={requestPasswordResetAction.bind(null, locale)} />
        </>
      )}
      <p className="mt-6">
        <Link href="/admin/login" className="inline-flex min-h-11 items-center">
          {t("backToSignIn")}
        </Link>
      </p>
    </>
  );
}
