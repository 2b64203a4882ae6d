import { OUTAGE_RETRY_AFTER_SECONDS } from "@/lib/server-process/outage-response.mjs";
import { checkHealth } from "@/lib/health/check";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth();
  const ok = report.status === "ok";
  return Response.json(report, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(ok ? {} : { "Retry-After": String(OUTAGE_RETRY_AFTER_SECONDS) }) },
  });
}
