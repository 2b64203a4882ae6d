import { expect, test } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureTools } from "@/tests/support/debian-tools";
import {
  dropPostgresDatabase,
  freshPostgresDatabase,
  siblingDatabaseName,
} from "@/tests/support/fresh-postgres-database";
import { startNginx } from "@/tests/support/nginx";
import type { RunningServer } from "@/tests/support/served-process";
import { startAppServer, type AppServer } from "../support/app-server";
import { freePort } from "../support/free-port";
import { startPostgresCluster, type PostgresCluster } from "../support/postgres-cluster";
import { startSteadyLoad } from "../support/steady-load";

/**
 * A rolling deploy: two instances on one PostgreSQL behind the nginx recipe
 * (lib/deploy/nginx-site.conf), residents' requests arriving at a steady
 * rate, and each instance stopped with SIGTERM and started again in turn.
 * The residents must notice nothing: no 5xx, no outage or busy page, no
 * connection error. Some requests carry new query values, so they reach
 * an app instance (and render there) rather than nginx's one-second copy.
 * Uses the PostgreSQL server of DATABASE_URL (a fresh database of its own)
 * or, without one, a server of its own; needs Debian's nginx (installed
 * when missing, as root).
 */

const PER_SECOND = 25;
// Every tenth request has a query nginx has not seen: 2.5 a second, under
// the recipe's 5 a second per client.
const FRESH_QUERY_EVERY = 10;
type PageTexts = Record<"Outage" | "Busy", { heading: string }>;
const UNAVAILABLE_HEADINGS = ["en", "es"].flatMap((locale) => {
  const texts = JSON.parse(fs.readFileSync(path.resolve(`messages/${locale}.json`), "utf8")) as PageTexts;
  return [texts.Outage.heading, texts.Busy.heading];
});

function dateKeyInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function requestsFromNginx(app: AppServer): number {
  return app
    .output()
    .split("\n")
    .filter((line) => line.includes('"event":"http.request"') && !line.includes('"path":"/api/health"')).length;
}

test("a rolling restart of two instances behind nginx: no 5xx, no outage page, no connection error", async () => {
  test.setTimeout(900_000);
  ensureTools(["nginx"]);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-rolling-"));
  fs.chmodSync(folder, 0o755);
  const serverUrl = process.env.DATABASE_URL?.match(/^postgres(ql)?:\/\//i) ? process.env.DATABASE_URL : null;
  let cluster: PostgresCluster | null = null;
  const databaseName = siblingDatabaseName(serverUrl ?? "postgresql://localhost/postgres", `rolling_${process.pid}`);
  const instances: AppServer[] = [];
  let nginx: RunningServer | null = null;
  try {
    if (!serverUrl) cluster = await startPostgresCluster();
    const databaseUrl = await freshPostgresDatabase(serverUrl ?? cluster!.url, databaseName);
    const ports = [await freePort(), await freePort()];
    const start = (index: number, seed: boolean) =>
      startAppServer(ports[index]!, { DATABASE_URL: databaseUrl, SEED_DEMO_DATA: String(seed) });
    instances.push(await start(0, true), await start(1, false));
    nginx = await startNginx(folder, await freePort(), { appPorts: ports });

    const listing = await (await fetch(`${nginx.url}/es`)).text();
    const meetings = [...new Set(listing.match(/\/es\/reuniones\/[a-z0-9-]+/g))].slice(0, 4);
    expect(meetings.length).toBeGreaterThan(0);
    const paths = ["/es", "/en", "/es/archivo", "/en/archive", "/es/que-saber", ...meetings, "/feeds/es/upcoming.xml"];
    const load = startSteadyLoad({
      baseUrl: nginx.url,
      perSecond: PER_SECOND,
      nextPath: (n) => {
        if (n % FRESH_QUERY_EVERY !== 0) return paths[n % paths.length]!;
        // A filter value the listing can show, or a tracking tag.
        return n % (2 * FRESH_QUERY_EVERY) === 0
          ? `/en?from=${dateKeyInDays(1 + (n % 20))}&lang=es`
          : `/es?fbclid=rolling-${n}`;
      },
      isFailure: (status, body) => {
        if (status !== 200) return `status ${status}`;
        return UNAVAILABLE_HEADINGS.some((heading) => body.includes(heading)) ? "an outage or busy page" : null;
      },
    });

    await new Promise((resolve) => setTimeout(resolve, 5_000));
    for (const index of [0, 1]) {
      const old = instances[index]!;
      await old.kill("SIGTERM");
      // `next start` writes this once every request it had is answered (the
      // tsx wrapper that startAppServer runs may exit before it).
      await expect
        .poll(() => old.output(), { timeout: 30_000, message: `instance ${index + 1} drains and stops` })
        .toContain('"event":"server.stopped"');
      expect(old.output()).not.toContain("server.shutdown.timeout");
      const restarted = await start(index, false);
      instances[index] = restarted;
      // nginx sends it visitors again before the other instance goes.
      await expect.poll(() => requestsFromNginx(restarted), { timeout: 60_000, intervals: [500] }).toBeGreaterThan(10);
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    const tally = await load.stop();
    console.log(
      `rolling deploy: ${tally.sent} requests, statuses ${JSON.stringify(tally.statuses)}, ${tally.failures.length} failures`,
    );
    expect(tally.failures).toEqual([]);
    expect(tally.answered).toBe(tally.sent);
    expect(Object.keys(tally.statuses)).toEqual(["200"]);
    expect(tally.sent).toBeGreaterThan(PER_SECOND * 20);
  } finally {
    await nginx?.stop();
    for (const instance of instances) await instance.kill("SIGTERM");
    if (serverUrl) await dropPostgresDatabase(serverUrl, databaseName);
    cluster?.destroy();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
