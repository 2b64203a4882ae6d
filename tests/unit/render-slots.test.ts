import { describe, expect, it } from "vitest";
import { BUSY, createRenderSlots } from "@/lib/serving/render-slots";

function deferred() {
  let resolve!: (value: string) => void;
  const promise = new Promise<string>((done) => (resolve = done));
  return { promise, resolve };
}

const patient = { waitMs: 1_000, patientWaiters: Infinity, crowdedWaitMs: 0, maxWaiting: Infinity };

describe("render slots", () => {
  it("runs at most the given number of renders at once and starts the next as one ends", async () => {
    const slots = createRenderSlots({ ...patient, concurrency: 2 });
    const renders = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const results = renders.map((render, index) => slots(() => (started.push(index), render.promise)));
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

  it("past the first few waiting, answers BUSY quickly, and at once when too many wait", async () => {
    const slots = createRenderSlots({
      concurrency: 1,
      waitMs: 10_000,
      patientWaiters: 1,
      crowdedWaitMs: 50,
      maxWaiting: 2,
    });
    const stuck = deferred();
    void slots(() => stuck.promise);
    const first = slots(async () => "rendered");
    const started = Date.now();
    const crowded = slots(async () => "never");
    expect(await slots(async () => "never")).toBe(BUSY);
    expect(await crowded).toBe(BUSY);
    expect(Date.now() - started).toBeLessThan(500);
    stuck.resolve("done");
    expect(await first).toBe("rendered");
  });

  it("gives up on a turn that does not come within the wait", async () => {
    const slots = createRenderSlots({ ...patient, concurrency: 1, waitMs: 30 });
    const stuck = deferred();
    void slots(() => stuck.promise);
    expect(await slots(async () => "never")).toBe(BUSY);
    stuck.resolve("done");
  });

  it("frees the slot when a render fails", async () => {
    const slots = createRenderSlots({ ...patient, concurrency: 1 });
    await expect(slots(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await slots(async () => "next")).toBe("next");
  });

  /** How long after a 40 ms render began the render waiting behind it began. */
  async function gapBehindOneRender(slots: ReturnType<typeof createRenderSlots>): Promise<number> {
    const started: number[] = [];
    const first = slots(async () => {
      started.push(performance.now());
      await new Promise((resolve) => setTimeout(resolve, 40));
    });
    const second = slots(async () => void started.push(performance.now()));
    await Promise.all([first, second]);
    return started[1]! - started[0]!;
  }

  it("with a duty cycle, keeps the slot closed after a render in proportion to how long it took", async () => {
    const slots = createRenderSlots({ ...patient, patientWaiters: 1, concurrency: 1, dutyCycle: 0.25 });
    // 40 ms of rendering at a quarter of the time: the next starts 160 ms after the first did, not 40.
    expect(await gapBehindOneRender(slots)).toBeGreaterThanOrEqual(150);
    // With nobody waiting, the next render starts at once.
    const alone = performance.now();
    await slots(async () => "next");
    expect(performance.now() - alone).toBeLessThan(100);
  });

  it("rests only while a crowd waits: two residents' new filters at the same moment are not held back", async () => {
    const slots = createRenderSlots({ ...patient, patientWaiters: 4, concurrency: 1, dutyCycle: 1 / 20 });
    // At a twentieth of the time the second would start 800 ms after the first; one waiting is no crowd.
    expect(await gapBehindOneRender(slots)).toBeLessThan(300);
  });
});
