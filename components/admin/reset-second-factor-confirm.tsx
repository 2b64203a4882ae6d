import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { resetSecondFactorAction } from "@/lib/second-factor/actions";
import type { StaffListItem } from "@/lib/staff/data";

/**
 * The step before resetting someone's second factor: it names the person and
 * says what happens (their app, backup codes and passkeys stop working, and
 * they are signed out at once). A plain form: it works without JavaScript.
 */
export async function ResetSecondFactorConfirm({
  account,
  locale,
}: {
  account: Pick<StaffListItem, "id" | "name" | "email">;
  locale: Locale;
}) {
  const t = await getTranslations("StaffAdmin");
  return (
    <section
      aria-labelledby="reset-heading"
      className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-950"
    >
      <h2 id="reset-heading" className="text-xl font-bold">
        {t("resetConfirmHeading", { name: account.name })}
      </h2>
      <p className="mt-2">{t("resetConfirmIntro", { name: account.name, email: account.email })}</p>
      <form action={resetSecondFactorAction.bind(null, locale)} className="mt-4 flex flex-wrap items-center gap-4">
        <input type="hidden" name="userId" value={account.id} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="min-h-11 rounded-md bg-red-800 px-5 font-semibold text-white hover:bg-red-900">
          {t("resetConfirmSubmit", { name: account.name })}
        </button>
        <Link href="/admin/staff" className="inline-flex min-h-11 items-center font-semibold">
          {t("resetConfirmCancel")}
        </Link>
      </form>
    </section>
  );
}
