import { describe, expect, it } from "vitest";
import { BUSY, createRenderSlots } from "@/lib/cache/render-slots";

function deferred() {
  let resolve!: (value: string) => void;
  const promise = new Promise<string>((done) => (resolve = done));
  return { promise, resolve };
}

describe("render slots", () => {
  it("runs at most the given number of renders at once and starts the next as one ends", async () => {
    const slots = createRenderSlots({ concurrency: 2, maxWaitMs: 1_000, maxWaiting: 10 });
    const renders = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const results = renders.map((render, index) => slots(() => (started.push(index), render.promise), { first: false }));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    renders[0]!.resolve("a");
    expect(await results[0]).toBe("a");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([0, 1, 2]);
    renders[1]!.resolve("b");
    renders[2]!.resolve("c");
    expect(await Promise.all(results)).toEqual(["a", "b", "c"]);
  });

  it("answers BUSY quickly when no slot frees up in time, or when too many already wait", async () => {
    const slots = createRenderSlots({ concurrency: 1, maxWaitMs: 50, maxWaiting: 1 });
    const stuck = deferred();
    void slots(() => stuck.promise, { first: false });
    const started = Date.now();
    const waiting = slots(async () => "never", { first: false });
    expect(await slots(async () => "never", { first: false })).toBe(BUSY);
    expect(await waiting).toBe(BUSY);
    expect(Date.now() - started).toBeLessThan(500);
    stuck.resolve("done");
  });

  it("lets a refresh of a page already cached go before new pages", async () => {
    const slots = createRenderSlots({ concurrency: 1, maxWaitMs: 1_000, maxWaiting: 10 });
    const first = deferred();
    const order: string[] = [];
    const running = slots(() => first.promise, { first: false });
    const fresh = slots(async () => order.push("new page"), { first: false });
    const refresh = slots(async () => order.push("refresh"), { first: true });
    first.resolve("x");
    await Promise.all([running, fresh, refresh]);
    expect(order).toEqual(["refresh", "new page"]);
  });

  it("frees the slot when a render fails", async () => {
    const slots = createRenderSlots({ concurrency: 1, maxWaitMs: 1_000, maxWaiting: 10 });
    await expect(slots(() => Promise.reject(new Error("boom")), { first: false })).rejects.toThrow("boom");
    expect(await slots(async () => "next", { first: false })).toBe("next");
  });
});
