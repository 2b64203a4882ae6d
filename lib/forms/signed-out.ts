import "server-only";
import { headers } from "next/headers";
import type { AccessDenial } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/return-path";
import type { Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";

/** Whether the page's JavaScript posted this (Next.js's action header) rather than the browser posting the form itself. */
export async function postedByScript(): Promise<boolean> {
  return (await headers()).has("next-action");
}

/**
 * To the sign-in page, saying the session had ended and nothing was saved,
 * and back to the staff page the post came from once signed in again.
 */
export async function signInAgain(locale: Locale): Promise<never> {
  const next = safeReturnPath((await headers()).get("referer"), locale);
  return redirect({
    href: { pathname: "/admin/login", query: { sessionEnded: "1", ...(next ? { next } : {}) } },
    locale,
  });
}

/**
 * A staff form posted without JavaScript comes back as its page drawn again
 * with the action's answer. When the refusal is one the page itself answers
 * by leaving (no session: the sign-in page; no second factor yet: the
 * account page), its guard would redirect that post with a 307, which the
 * browser posts again to the new page, which Next.js answers with a bare
 * "Server Action unavailable." (409). So the action leaves first, with a 303.
 * With JavaScript the form stays and shows the refusal with everything typed.
 */
export async function leaveWithoutScript(reason: AccessDenial, locale: Locale): Promise<void> {
  if (await postedByScript()) return;
  if (reason === "unauthenticated") await signInAgain(locale);
  if (reason === "secondFactorRequired")
    redirect({ href: { pathname: "/admin/account", query: { setup: "required" } }, locale });
}
