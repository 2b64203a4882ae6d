/**
 * Renders of cache misses take turns: at most `concurrency` at once, so
 * pages already in the cache are answered between them however many
 * different URLs arrive. Pages the cache has held before (emptied by a
 * save, or past their minute) go first and wait patiently: they are the
 * pages residents read. So do the first few new URLs. Past those, a new URL
 * (a flood of made-up filter values looks like this) waits at most
 * `crowdedWaitMs`, and none at all when `maxWaiting` already wait, then gets
 * BUSY: a quick "try again in a moment" beats a page held for seconds.
 */

export const BUSY = Symbol("busy");

type Options = {
  concurrency: number;
  patientWaitMs: number;
  crowdedWaitMs: number;
  /** New URLs waiting before the next one is kept waiting only `crowdedWaitMs`. */
  patientNewWaiters: number;
  maxWaiting: number;
};
type Waiter = () => void;

export type RenderSlots = <T>(task: () => Promise<T>, options: { known: boolean }) => Promise<T | typeof BUSY>;

export function createRenderSlots({ concurrency, patientWaitMs, crowdedWaitMs, patientNewWaiters, maxWaiting }: Options): RenderSlots {
  let running = 0;
  const known: Waiter[] = [];
  const unknown: Waiter[] = [];

  function handOn(): void {
    const waiter = known.shift() ?? unknown.shift();
    if (waiter) waiter();
    else running -= 1;
  }

  function turn(isKnown: boolean): Promise<boolean> {
    if (running < concurrency) {
      running += 1;
      return Promise.resolve(true);
    }
    if (!isKnown && unknown.length >= maxWaiting) return Promise.resolve(false);
    const queue = isKnown ? known : unknown;
    const waitMs = isKnown || unknown.length < patientNewWaiters ? patientWaitMs : crowdedWaitMs;
    return new Promise((resolve) => {
      // The slot passes straight to the waiter: `running` stays as it is.
      const waiter = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(waiter), 1);
        resolve(false);
      }, waitMs);
      queue.push(waiter);
    });
  }

  return async (task, { known: isKnown }) => {
    if (!(await turn(isKnown))) return BUSY;
    try {
      return await task();
    } finally {
      handOn();
    }
  };
}
