import "server-only";
import { isDatabaseUnavailable } from "@/lib/db/availability";

type Job = {
  /** Names the job's timer on globalThis, so a second start (hot reload, a second import) is a no-op. */
  key: string;
  intervalMs: number;
  /** For the error line: "Deleting expired request contacts". */
  label: string;
  run: () => Promise<unknown>;
};

/**
 * Runs `run` now and then every `intervalMs`, once per process
 * (instrumentation.ts starts each job). The timer does not keep the process
 * alive; a turn that comes while the last one still runs (a slow mail
 * server) is skipped; a database outage skips a turn quietly (the next one
 * catches up), any other failure is logged and the loop goes on.
 */
export function startIntervalJob({ key, intervalMs, label, run }: Job): void {
  const holder = globalThis as unknown as Record<symbol, ReturnType<typeof setInterval> | undefined>;
  const symbol = Symbol.for(`encuentros.job.${key}`);
  if (holder[symbol]) return;
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    run()
      .catch((error: unknown) => {
        if (!isDatabaseUnavailable(error)) console.error(`${label} failed:`, error);
      })
      .finally(() => {
        running = false;
      });
  };
  holder[symbol] = setInterval(tick, intervalMs);
  holder[symbol].unref();
  tick();
}
