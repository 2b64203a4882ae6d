import type { PrismaClient } from "@/lib/generated/prisma/client";
import { pointAppAtDatabase, releaseAppDatabase } from "@/tests/support/app-database";
import type { BulkMeetingsSample } from "@/tests/support/bulk-meetings";
import { PAGE_QUERIES } from "@/tests/support/page-queries";

export type QueryLatency = { name: string; samples: number; p50Ms: number; p99Ms: number };

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Runs each page's data function `samples` times, one call at a time, on a
 * database loaded by seedBulkMeetings, and returns p50/p99 in milliseconds.
 * One untimed call first warms the connection and PostgreSQL's caches. The
 * app's data functions read getDb(), so they are pointed at `db` meanwhile.
 * They import "server-only": run this under Vitest (its alias) or Node with
 * `--conditions=react-server`.
 */
export async function measureQueryLatency(
  db: PrismaClient,
  samples: number,
  seeded: BulkMeetingsSample,
  now: Date = new Date(),
): Promise<QueryLatency[]> {
  if (!Number.isInteger(samples) || samples < 1) throw new Error(`samples must be a positive integer, got ${samples}`);
  pointAppAtDatabase(db);
  try {
    const results: QueryLatency[] = [];
    for (const query of PAGE_QUERIES) {
      await query.run(seeded, now);
      const times: number[] = [];
      for (let i = 0; i < samples; i += 1) {
        const start = performance.now();
        await query.run(seeded, now);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      results.push({ name: query.name, samples, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) });
    }
    return results;
  } finally {
    releaseAppDatabase();
  }
}
