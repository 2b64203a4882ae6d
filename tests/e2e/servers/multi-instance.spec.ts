import { expect, test } from "@playwright/test";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { baseURL } from "../../../playwright.config";
import { freshPostgresDatabase, siblingDatabaseName } from "../../support/fresh-postgres-database";
import { createMeetingThroughForm, dallasDate, uniqueName } from "../support/meeting-form";
import { signIn } from "../support/staff";

/**
 * Two `next start` processes on one PostgreSQL behave as one site: a
 * meeting saved through instance A shows on instance B's already-cached
 * listing within two seconds (B hears A's save through LISTEN/NOTIFY).
 * PostgreSQL only: an embedded PGlite folder belongs to a single process.
 */

const serverUrl = process.env.DATABASE_URL?.match(/^postgres(ql)?:\/\//i) ? process.env.DATABASE_URL : null;
const firstPort = new URL(baseURL).port ? Number(new URL(baseURL).port) + 1 : 3101;
const instances = [`http://127.0.0.1:${firstPort}`, `http://127.0.0.1:${firstPort + 1}`] as const;

async function healthy(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    expect(child.exitCode, `the instance at ${url} is running`).toBeNull();
    if (await fetch(`${url}/api/health`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never became healthy`);
}

if (serverUrl) {
  test.describe("two app instances on one PostgreSQL", () => {
    test.describe.configure({ mode: "serial" });
    // Pages open on instance A; B is asked directly.
    test.use({ baseURL: instances[0] });
    const children: ChildProcess[] = [];

    test.beforeAll(async () => {
      test.setTimeout(120_000);
      const databaseUrl = await freshPostgresDatabase(serverUrl, siblingDatabaseName(serverUrl, "instances"));
      const env = { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO_ADMIN: "true", TZ: "UTC" };
      const tsx = path.resolve("node_modules/.bin/tsx");
      for (const script of ["lib/cli/db-migrate.ts", "prisma/seed.ts"]) {
        const run = spawnSync(tsx, [script], { env, encoding: "utf8" });
        expect(run.status, `${script}: ${run.stderr}`).toBe(0);
      }
      for (const url of instances) {
        // The build the suite's own server made, started twice, each with the
        // server preload (client addresses for sign-in, request log), as
        // `npm run dev` loads it; the launcher would rebuild for another SITE_URL.
        const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "--port", new URL(url).port], {
          stdio: "ignore",
          env: { ...env, NODE_ENV: "production", NEXT_DIST_DIR: ".next-e2e", SITE_URL: url, NODE_OPTIONS: `--import=${pathToFileURL(path.resolve("lib/server-process/preload.mjs")).href}` },
        });
        children.push(child);
      }
      await Promise.all(instances.map((url, index) => healthy(url, children[index]!)));
    });

    test.afterAll(() => {
      for (const child of children) child.kill("SIGTERM");
    });

    test("a meeting saved through instance A is on instance B's cached listing within two seconds", async ({ page, request }) => {
      const b = instances[1];
      // B has the listing in its cache before the save.
      await expect.poll(async () => (await request.get(`${b}/en`)).headers()["x-encuentros-cache"]).toBe("hit");

      const titleEn = uniqueName("Two instances");
      await signIn(page, undefined, "en");
      await createMeetingThroughForm(page, "en", { titleEn, titleEs: "Dos instancias", venueName: uniqueName("Iglesia"), date: dallasDate(1) });
      const saved = Date.now();

      await expect
        .poll(async () => (await (await request.get(`${b}/en`)).text()).includes(titleEn), { intervals: [50], timeout: 5_000 })
        .toBe(true);
      expect(Date.now() - saved).toBeLessThan(2_000);
    });
  });
}
