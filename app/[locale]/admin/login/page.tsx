import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FormAlert } from "@/components/admin/form-alert";
import { PasskeySignIn } from "@/components/admin/passkey-sign-in";
import { SignInCodeForm } from "@/components/admin/sign-in-code-form";
import { SignInForm } from "@/components/admin/sign-in-form";
import {
  passkeySignInAction,
  passkeySignInOptionsAction,
  signInAction,
  verifySignInCodeAction,
} from "@/lib/auth/actions";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getStaffUser } from "@/lib/auth/session";
import { pendingSignInAccount } from "@/lib/auth/sign-in-code";
import { Link, redirect } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/page-locale";

type Props = PageProps<"/[locale]/admin/login">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "Login" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const query = await searchParams;
  // Where to go once signed in: the staff page a form was posted from after the session had ended.
  const next = safeReturnPath(query.next, locale);
  if (await getStaffUser()) redirect({ href: "/admin", locale });
  const t = await getTranslations("Login");
  // The code step only while the password step's cookie is still good (10 minutes, 5 wrong codes).
  const codeStep = query.step === "code" && (await pendingSignInAccount(await headers())) !== null;

  if (codeStep) {
    return (
      <>
        <h1 className="text-3xl font-bold">{t("codeHeading")}</h1>
        <p className="mt-2 text-slate-700">{t("codeIntro")}</p>
        <SignInCodeForm action={verifySignInCodeAction.bind(null, locale)} next={next} />
        <p className="mt-6">
          <Link href={{ pathname: "/admin/login", query: next ? { next } : {} }}>{t("startOver")}</Link>
        </p>
      </>
    );
  }
  const notice = query.signedOut === "1" ? t("signedOut") : query.passwordReset === "1" ? t("passwordReset") : null;
  const expired = query.expired === "1" || query.step === "code";
  const sessionEnded = query.sessionEnded === "1";

  return (
    <>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {notice ? (
        <p role="status" className="mt-4 rounded-md bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      ) : null}
      {expired || sessionEnded ? (
        <div className="mt-4">
          <FormAlert>{expired ? t("codeExpired") : t("sessionEnded")}</FormAlert>
        </div>
      ) : null}
      <SignInForm action={signInAction.bind(null, locale)} next={next} />
      <p className="mt-3">
        <Link href="/admin/forgot-password" className="inline-flex min-h-11 items-center">
          {t("forgotPassword")}
        </Link>
      </p>
      <PasskeySignIn getOptions={passkeySignInOptionsAction} signIn={passkeySignInAction.bind(null, locale, next)} />
    </>
  );
}
