/**
 * Renders of cache misses take turns: at most `concurrency` at once from
 * one pool, so pages already in the cache are answered between them however
 * many different URLs arrive. The first `patientWaiters` in line wait up to
 * `waitMs` for their turn; past those (a flood of made-up filter values
 * looks like this) a render waits `crowdedWaitMs`, and none at all when
 * `maxWaiting` already wait, then gets BUSY: a quick "try again in a
 * moment" beats a page held for seconds.
 *
 * `dutyCycle` (below 1): when others are waiting, a slot stays closed
 * after each render for as long as the share of time it names requires (at
 * 0.3, a render that took 60 ms holds its slot 140 ms more). However many
 * made-up URLs arrive, their renders then take at most that share of the
 * server's one thread, and the rest stays free for pages already in the
 * cache; with nobody waiting, the next render starts at once.
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
type Waiter = () => void;

export type RenderSlots = <T>(task: () => Promise<T>) => Promise<T | typeof BUSY>;

export function createRenderSlots({
  concurrency,
  waitMs,
  patientWaiters,
  crowdedWaitMs,
  maxWaiting,
  dutyCycle = 1,
}: Options): RenderSlots {
  let running = 0;
  const waiting: Waiter[] = [];

  function handOn(): void {
    const waiter = waiting.shift();
    if (waiter) waiter();
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
      // The slot passes straight to the waiter: `running` stays as it is.
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

  function release(startedAt: number): void {
    const restMs =
      dutyCycle < 1 && waiting.length > 0 ? ((performance.now() - startedAt) * (1 - dutyCycle)) / dutyCycle : 0;
    if (restMs > 0) setTimeout(handOn, restMs).unref?.();
    else handOn();
  }

  return async (task) => {
    if (!(await turn())) return BUSY;
    const startedAt = performance.now();
    try {
      return await task();
    } finally {
      release(startedAt);
    }
  };
}
