/**
 * Renders of cache misses take turns: at most `concurrency` at once from
 * one pool, so pages already in the cache are answered between them however
 * many different URLs arrive. The first `patientWaiters` in line wait up to
 * `waitMs` for their turn; past those (a crowd: a flood of made-up filter
 * values looks like this) a render waits `crowdedWaitMs`, and none at all
 * when `maxWaiting` already wait, then gets BUSY: a quick "try again in a
 * moment" beats a page held for seconds.
 *
 * `dutyCycle` (below 1): while a crowd waits, a slot stays closed after
 * each render for as long as that share of time requires (at 0.25, a render
 * that took 60 ms holds its slot 180 ms more), so however many made-up URLs
 * arrive, their renders take at most that share of the server's one thread.
 * With fewer waiting, the next render starts at once.
 */

export const BUSY = Symbol("busy");

type Options = {
  concurrency: number;
  waitMs: number;
  patientWaiters: number;
  crowdedWaitMs: number;
  maxWaiting: number;
  dutyCycle?: number;
};

export function createRenderSlots({
  concurrency,
  waitMs,
  patientWaiters,
  crowdedWaitMs,
  maxWaiting,
  dutyCycle = 1,
}: Options) {
  let running = 0;
  const waiting: (() => void)[] = [];

  // The slot passes straight to the next in line (`running` stays as it is), or is freed.
  function handOn(): void {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }

  function turn(): Promise<boolean> {
    if (running < concurrency) {
      running += 1;
      return Promise.resolve(true);
    }
    if (waiting.length >= maxWaiting) return Promise.resolve(false);
    const patience = waiting.length < patientWaiters ? waitMs : crowdedWaitMs;
    return new Promise((resolve) => {
      const waiter = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(waiter), 1);
        resolve(false);
      }, patience);
      waiting.push(waiter);
    });
  }

  return async <T>(task: () => Promise<T>): Promise<T | typeof BUSY> => {
    if (!(await turn())) return BUSY;
    const startedAt = performance.now();
    try {
      return await task();
    } finally {
      const crowded = dutyCycle < 1 && waiting.length >= patientWaiters;
      const restMs = crowded ? ((performance.now() - startedAt) * (1 - dutyCycle)) / dutyCycle : 0;
      if (restMs > 0) setTimeout(handOn, restMs).unref?.();
      else handOn();
    }
  };
}
