import { getTranslations } from "next-intl/server";
import type { StaffUser } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/locales";
import { changeStaffRoleAction, setStaffActiveAction } from "@/lib/staff/actions";
import type { StaffListItem } from "@/lib/staff/data";
import { STAFF_ROLES } from "@/lib/staff/fields";

const buttonClass = "min-h-11 rounded-md border border-slate-500 px-3 font-semibold text-slate-900 hover:bg-slate-100";

/** Staff accounts with a role switch and a deactivate/reactivate button each (plain forms). */
export async function StaffTable({ accounts, viewer, locale }: { accounts: StaffListItem[]; viewer: StaffUser; locale: Locale }) {
  const t = await getTranslations("StaffAdmin");
  const changeRole = changeStaffRoleAction.bind(null, locale);
  const setActive = setStaffActiveAction.bind(null, locale);
  return (
    // Focusable and named: on a phone the table scrolls sideways, and a row
    // without buttons (your own) leaves the keyboard nothing else to scroll with.
    <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-2 pr-4">{t("colName")}</th>
            <th scope="col" className="py-2 pr-4">{t("colEmail")}</th>
            <th scope="col" className="py-2 pr-4">{t("colRole")}</th>
            <th scope="col" className="py-2 pr-4">{t("colStatus")}</th>
            <th scope="col" className="py-2">{t("colActions")}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => {
            const self = account.id === viewer.id;
            return (
              <tr key={account.id} className="border-b border-slate-200 align-top" data-email={account.email}>
                <th scope="row" className="py-2 pr-4 font-normal">
                  {account.name} {self ? <span className="text-slate-700">{t("you")}</span> : null}
                </th>
                <td className="py-2 pr-4 break-all">{account.email}</td>
                <td className="py-2 pr-4">{t(`role${account.role}`)}</td>
                <td className="py-2 pr-4">{account.active ? t("active") : t("inactive")}</td>
                <td className="py-2">
                  {self ? (
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
                            <option key={role} value={role}>{t(`role${role}`)}</option>
                          ))}
                        </select>
                        <button type="submit" className={buttonClass}>{t("changeRole")}</button>
                      </form>
                      <form action={setActive}>
                        <input type="hidden" name="userId" value={account.id} />
                        <input type="hidden" name="active" value={account.active ? "false" : "true"} />
                        <button
                          type="submit"
                          className={buttonClass}
                          aria-label={account.active ? t("deactivateLabel", { name: account.name }) : t("reactivateLabel", { name: account.name })}
                        >
                          {account.active ? t("deactivate") : t("reactivate")}
                        </button>
                      </form>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
