import { isDatabaseUnavailable } from "@/lib/db/availability";

const HOUR_MS = 60 * 60 * 1000;
const holder = globalThis as unknown as Record<symbol, ReturnType<typeof setInterval> | undefined>;

/**
 * Runs `job` now and then every hour, once per process (started from
 * instrumentation.ts). Every instance runs it, so each job must be safe to
 * run on several at once. A database outage is not worth a log line: the
 * next hour tries again.
 */
export function startHourlyJob(name: string, job: () => Promise<unknown>): void {
  const key = Symbol.for(`encuentros.hourlyJob.${name}`);
  if (holder[key]) return;
  const tick = () => {
    job().catch((error: unknown) => {
      if (!isDatabaseUnavailable(error)) console.error(`${name} failed:`, error);
    });
  };
  const timer = setInterval(tick, HOUR_MS);
  timer.unref();
  holder[key] = timer;
  tick();
}
