import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/admin/sign-in-form";
import { signInAction } from "@/lib/auth/actions";
import { getStaffUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";

type Props = PageProps<"/[locale]/admin/login">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Login" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  if (await getStaffUser()) redirect({ href: "/admin", locale });
  const t = await getTranslations("Login");
  const signedOut = (await searchParams).signedOut === "1";

  return (
    <>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {signedOut ? (
        <p role="status" className="mt-4 rounded-md bg-green-50 p-3 text-green-900">
          {t("signedOut")}
        </p>
      ) : null}
      <SignInForm action={signInAction.bind(null, locale)} />
    </>
  );
}
