import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FormAlert } from "@/components/admin/form-alert";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { resetPasswordAction } from "@/lib/auth/actions";
import { resetLinkIsLive } from "@/lib/auth/password-reset";
import { localeParam } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";

type Props = PageProps<"/[locale]/admin/reset-password">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "PasswordReset" });
  // The address holds the one-time link: never sent to another site as a
  // referrer. ("no-referrer" would also make the form's post say Origin: null,
  // which the request boundary refuses.)
  return { title: t("resetTitle"), referrer: "same-origin" };
}

/** The page a reset link opens: the new password, or why the link no longer works. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("PasswordReset");
  const token = typeof query.token === "string" ? query.token : "";
  const live = await resetLinkIsLive(token);

  return (
    <>
      <h1 className="text-3xl font-bold">{t("resetTitle")}</h1>
      {live ? (
        <>
          <p className="mt-2 text-slate-700">{t("resetIntro")}</p>
          <ResetPasswordForm action={resetPasswordAction.bind(null, locale)} token={token} />
        </>
      ) : (
        <>
          <div className="mt-4">
            <FormAlert>{t("linkInvalid")}</FormAlert>
          </div>
          <p className="mt-4">
            <Link href="/admin/forgot-password" className="inline-flex min-h-11 items-center">
              {t("askAgain")}
            </Link>
          </p>
        </>
      )}
      <p className="mt-2">
        <Link href="/admin/login" className="inline-flex min-h-11 items-center">
          {t("backToSignIn")}
        </Link>
      </p>
    </>
  );
}
