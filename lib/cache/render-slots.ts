/**
 * Renders of cache misses take turns: at most `concurrency` at once, so
 * pages already in the cache are answered between them however many
 * different URLs arrive. A miss waits at most `maxWaitMs` for its turn (and
 * none at all when `maxWaiting` are already waiting), then gets BUSY: a
 * quick "try again in a moment" beats a page held for seconds. Refreshes of
 * pages already cached go first, so the pages most people read stay fresh.
 */

export const BUSY = Symbol("busy");

type Options = { concurrency: number; maxWaitMs: number; maxWaiting: number };
type Waiter = () => void;

export type RenderSlots = <T>(task: () => Promise<T>, options: { first: boolean }) => Promise<T | typeof BUSY>;

export function createRenderSlots({ concurrency, maxWaitMs, maxWaiting }: Options): RenderSlots {
  let running = 0;
  const firsts: Waiter[] = [];
  const others: Waiter[] = [];

  function handOn(): void {
    const waiter = firsts.shift() ?? others.shift();
    if (waiter) waiter();
    else running -= 1;
  }

  function turn(first: boolean): Promise<boolean> {
    if (running < concurrency) {
      running += 1;
      return Promise.resolve(true);
    }
    if (firsts.length + others.length >= maxWaiting) return Promise.resolve(false);
    const queue = first ? firsts : others;
    return new Promise((resolve) => {
      // The slot passes straight to the waiter: `running` stays as it is.
      const waiter = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(waiter), 1);
        resolve(false);
      }, maxWaitMs);
      queue.push(waiter);
    });
  }

  return async (task, { first }) => {
    if (!(await turn(first))) return BUSY;
    try {
      return await task();
    } finally {
      handOn();
    }
  };
}
