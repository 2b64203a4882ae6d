import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { PasskeyItem } from "@/lib/second-factor/data";
import {
  passkeyRegistrationOptionsAction,
  registerPasskeyAction,
  removePasskeyAction,
} from "@/lib/second-factor/actions";
import { formatInstant } from "@/lib/time/format";
import { PasskeyAdd } from "./passkey-add";

const buttonClass = "min-h-11 rounded-md border border-slate-500 px-3 font-semibold text-slate-900 hover:bg-slate-100";

/**
 * The staff member's passkeys, each with a remove button (a plain form), and
 * the form to add one; the buttons only while this session may change its
 * second factors (`canChange`: a recent proof, which the page otherwise asks for).
 */
export async function PasskeyList({
  passkeys,
  locale,
  canChange,
}: {
  passkeys: PasskeyItem[];
  locale: Locale;
  canChange: boolean;
}) {
  const t = await getTranslations("Account");
  const remove = removePasskeyAction.bind(null, locale);
  return (
    <>
      {passkeys.length ? (
        <ul className="mt-3 space-y-3">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="flex flex-wrap items-center gap-3">
              <span className="font-semibold wrap-anywhere">{passkey.name || t("passkeyUnnamed")}</span>
              {passkey.createdAt ? (
                <span className="text-slate-700">
                  {t("passkeyAddedOn", { when: formatInstant(passkey.createdAt, locale) })}
                </span>
              ) : null}
              {canChange ? (
                <form action={remove}>
                  <input type="hidden" name="passkeyId" value={passkey.id} />
                  <button
                    type="submit"
                    className={buttonClass}
                    aria-label={t("passkeyRemoveLabel", { name: passkey.name || t("passkeyUnnamed") })}
                  >
                    {t("passkeyRemove")}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">{t("passkeyNone")}</p>
      )}
      {canChange ? <PasskeyAdd getOptions={passkeyRegistrationOptionsAction} register={registerPasskeyAction} /> : null}
    </>
  );
}
