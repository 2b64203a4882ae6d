import { getTranslations } from "next-intl/server";
import type { AuditChange, AuditValue } from "@/lib/audit/diff";

/** Before and after values of one audit entry as a small table, folded away until asked for. */
export async function AuditChanges({ changes }: { changes: AuditChange[] }) {
  const t = await getTranslations("AuditLog");
  if (changes.length === 0) return <p className="text-slate-700">{t("noChanges")}</p>;
  const show = (value: AuditValue) =>
    value === null || value === "" ? (
      <span className="text-slate-700">{t("emptyValue")}</span>
    ) : typeof value === "boolean" ? (
      value ? (
        t("yes")
      ) : (
        t("no")
      )
    ) : (
      String(value)
    );
  return (
    <details>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-800 underline">
        {t("showChanges", { count: changes.length })}
      </summary>
      <table className="mt-2 w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-1 pr-3">
              {t("field")}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t("before")}
            </th>
            <th scope="col" className="py-1">
              {t("after")}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-1 pr-3 font-mono font-normal">
                {change.field}
              </th>
              <td className="py-1 pr-3 break-words whitespace-pre-wrap">{show(change.before)}</td>
              <td className="py-1 break-words whitespace-pre-wrap">{show(change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
