import { getTranslations } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import type { StaffUser } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { changeStaffRoleAction, setStaffActiveAction } from "@/lib/staff/actions";
import type { StaffListItem } from "@/lib/staff/data";
import { STAFF_ROLES } from "@/lib/staff/fields";

const buttonClass = "min-h-11 rounded-md border border-slate-500 px-3 font-semibold text-slate-900 hover:bg-slate-100";

/** Staff accounts with a role switch and a deactivate/reactivate button each (plain forms). */
export async function StaffTable({
  accounts,
  viewer,
  locale,
}: {
  accounts: StaffListItem[];
  viewer: StaffUser;
  locale: Locale;
}) {
  const t = await getTranslations("StaffAdmin");
  const changeRole = changeStaffRoleAction.bind(null, locale);
  const setActive = setStaffActiveAction.bind(null, locale);
  const factors = (account: StaffListItem) => {
    const parts = [
      account.authenticatorApp ? t("factorApp") : null,
      account.passkeys ? t("factorPasskeys", { count: account.passkeys }) : null,
    ].filter(Boolean);
    return parts.length ? parts.join(", ") : t("factorNone");
  };
  const actions = (account: StaffListItem) =>
    account.id === viewer.id ? (
      <p className="text-sm text-slate-700">{t("selfNote")}</p>
    ) : (
      <div className="flex flex-wrap gap-2">
        <form action={changeRole} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="userId" value={account.id} />
          <select
            name="role"
            defaultValue={account.role}
            aria-label={t("changeRoleLabel", { name: account.name })}
            className="min-h-11 rounded-md border border-slate-500 bg-white px-2"
          >
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role${role}`)}
              </option>
            ))}
          </select>
          <button type="submit" className={buttonClass}>
            {t("changeRole")}
          </button>
        </form>
        <form action={setActive}>
          <input type="hidden" name="userId" value={account.id} />
          <input type="hidden" name="active" value={account.active ? "false" : "true"} />
          <button
            type="submit"
            className={buttonClass}
            aria-label={
              account.active
                ? t("deactivateLabel", { name: account.name })
                : t("reactivateLabel", { name: account.name })
            }
          >
            {account.active ? t("deactivate") : t("reactivate")}
          </button>
        </form>
        {account.authenticatorApp || account.passkeys ? (
          // A link to the step that asks first (ResetSecondFactorConfirm), not the reset itself.
          <Link
            href={{ pathname: "/admin/staff", query: { reset: account.id } }}
            className={`${buttonClass} inline-flex items-center no-underline`}
            aria-label={t("resetFactorLabel", { name: account.name })}
          >
            {t("resetFactor")}
          </Link>
        ) : null}
      </div>
    );
  return (
    <AdminTable
      caption={t("title")}
      rows={accounts}
      rowKey={(account) => account.id}
      rowData={(account) => ({ "data-email": account.email })}
      columns={[
        {
          header: t("colName"),
          rowHeader: true,
          cell: (account) => (
            <>
              {account.name}{" "}
              {account.id === viewer.id ? <span className="font-normal text-slate-700">{t("you")}</span> : null}
            </>
          ),
        },
        { header: t("colEmail"), cell: (account) => account.email },
        { header: t("colRole"), appText: true, cell: (account) => t(`role${account.role}`) },
        { header: t("colStatus"), appText: true, cell: (account) => (account.active ? t("active") : t("inactive")) },
        { header: t("colSecondFactor"), appText: true, cell: factors },
        { header: t("colActions"), appText: true, cell: actions },
      ]}
    />
  );
}
