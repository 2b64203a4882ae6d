import { getDb } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";

// Logged as the author of the benchmark's changes (no audit row is written).
const BENCHMARK = { id: "benchmark", email: "benchmark@encuentros.test", name: "Benchmark", role: "ADMIN" } as const;

async function listingText(baseUrl: string): Promise<string> {
  return (await fetch(`${baseUrl}/en`)).text();
}

/**
 * Milliseconds from a committed staff change (a meeting's English title,
 * written the way every staff save is, from this separate process: another
 * instance, as far as the app can tell) until the English listing at
 * `baseUrl` shows it. One figure per trial.
 */
export async function measureStaleness(baseUrl: string, meetingSlug: string, trials = 5): Promise<number[]> {
  const { id } = await getDb().meeting.findUniqueOrThrow({ where: { slug: meetingSlug }, select: { id: true } });
  const figures: number[] = [];
  for (let trial = 0; trial < trials; trial += 1) {
    const title = `Benchmark change ${Date.now()} ${trial}`;
    // Make sure the page is cached before the change.
    await listingText(baseUrl);
    await listingText(baseUrl);
    await writeTransaction(
      { action: "meeting.update", actor: BENCHMARK, entityId: id },
      (tx) =>
        tx.meetingTranslation.update({ where: { meetingId_locale: { meetingId: id, locale: "en" } }, data: { title } }),
      { publicContent: true },
    );
    const saved = performance.now();
    while (!(await listingText(baseUrl)).includes(title)) {
      if (performance.now() - saved > 10_000) throw new Error(`${baseUrl}/en still lacks the change after 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    figures.push(Math.round(performance.now() - saved));
  }
  return figures;
}
