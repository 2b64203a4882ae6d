import { authorize } from "@/lib/auth/session";
import { safeLocale } from "@/lib/i18n/locales";
import { reportTableCsv } from "@/lib/report/csv";
import { defaultReportScope, outreachReport } from "@/lib/report/data";
import { parseReportScope, reportWindow } from "@/lib/report/scope";
import { isReportTable, reportTables } from "@/lib/report/tables";

export const dynamic = "force-dynamic";

const STATUS = { unauthenticated: 401, forbidden: 403, secondFactorRequired: 403, proofRequired: 403 } as const;

/**
 * One table of the outreach report as a CSV file, for the same period,
 * series and area as the page it is linked from (every meeting with a tap,
 * where the page shows the top ones). Staff with the report's permission
 * only; never stored by a cache.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/report/[table]">) {
  const { table } = await params;
  const noStore = { "cache-control": "private, no-store" };
  if (!isReportTable(table)) return new Response("Not found", { status: 404, headers: noStore });
  const allowed = await authorize("viewReport");
  if (!allowed.ok) return new Response(allowed.reason, { status: STATUS[allowed.reason], headers: noStore });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const locale = safeLocale(query.locale);
  const now = new Date();
  const parsed = parseReportScope(query, await defaultReportScope(now));
  if (!parsed.ok) return new Response(parsed.problem, { status: 400, headers: noStore });
  const report = await outreachReport(reportWindow(parsed.scope, now), locale, null);
  const { scope } = parsed;
  const fileName = `encuentros-${table}-${scope.from}-${scope.to}.csv`;
  return new Response(reportTableCsv(reportTables(report, locale)[table]), {
    headers: {
      ...noStore,
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="${fileName}"`,
    },
  });
}
