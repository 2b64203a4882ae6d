import { describe, expect, it } from "vitest";
import { BUSY, createRenderSlots } from "@/lib/cache/render-slots";

function deferred() {
  let resolve!: (value: string) => void;
  const promise = new Promise<string>((done) => (resolve = done));
  return { promise, resolve };
}

describe("render slots", () => {
  it("runs at most the given number of renders at once and starts the next as one ends", async () => {
    const slots = createRenderSlots({ concurrency: 2, patientWaitMs: 1_000, crowdedWaitMs: 1_000, patientNewWaiters: 1, maxWaiting: 10 });
    const renders = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const results = renders.map((render, index) => slots(() => (started.push(index), render.promise), { known: false }));
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

  it("past the first few new URLs waiting, answers a new one BUSY quickly, and at once when too many wait", async () => {
    const slots = createRenderSlots({ concurrency: 1, patientWaitMs: 10_000, crowdedWaitMs: 50, patientNewWaiters: 1, maxWaiting: 2 });
    const stuck = deferred();
    void slots(() => stuck.promise, { known: false });
    const patient = slots(async () => "rendered", { known: false });
    const started = Date.now();
    const crowded = slots(async () => "never", { known: false });
    expect(await slots(async () => "never", { known: false })).toBe(BUSY);
    expect(await crowded).toBe(BUSY);
    expect(Date.now() - started).toBeLessThan(500);
    stuck.resolve("done");
    expect(await patient).toBe("rendered");
  });

  it("lets a page the cache held before go before new URLs, and wait patiently however many new ones crowd in", async () => {
    const slots = createRenderSlots({ concurrency: 1, patientWaitMs: 1_000, crowdedWaitMs: 20, patientNewWaiters: 0, maxWaiting: 10 });
    const first = deferred();
    const order: string[] = [];
    const running = slots(() => first.promise, { known: false });
    const fresh = slots(async () => order.push("new page"), { known: false });
    const refresh = slots(async () => order.push("known page"), { known: true });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await fresh).toBe(BUSY);
    first.resolve("x");
    await Promise.all([running, refresh]);
    expect(order).toEqual(["known page"]);
  });

  it("frees the slot when a render fails", async () => {
    const slots = createRenderSlots({ concurrency: 1, patientWaitMs: 1_000, crowdedWaitMs: 1_000, patientNewWaiters: 1, maxWaiting: 10 });
    await expect(slots(() => Promise.reject(new Error("boom")), { known: false })).rejects.toThrow("boom");
    expect(await slots(async () => "next", { known: false })).toBe("next");
  });
});
