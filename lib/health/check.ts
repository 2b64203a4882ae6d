import "server-only";
import { getDb } from "@/lib/db/client";

export type HealthReport = { status: "ok" | "degraded"; database: "ok" | "unreachable" };

const DATABASE_CHECK_TIMEOUT_MS = 3_000;

/** Is the site able to serve fresh data right now? Used by /api/health. */
export async function checkHealth(): Promise<HealthReport> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("database check timed out")), DATABASE_CHECK_TIMEOUT_MS).unref(),
  );
  try {
    await Promise.race([getDb().$queryRaw`SELECT 1`, timeout]);
    return { status: "ok", database: "ok" };
  } catch {
    return { status: "degraded", database: "unreachable" };
  }
}
