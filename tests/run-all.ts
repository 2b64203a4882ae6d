import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildState, sourceFingerprint } from "../lib/cli/build-stamp";
import { CHROMIUM, ensureSystemTools, POSTGRES_CLIENT, POSTGRES_SERVER } from "./support/system-tools";
import { DEPLOYMENT_BUILD, E2E_BUILD } from "./support/test-builds";

/**
 * `npm test`: every test, each as few times as covers it.
 *
 * - The unit tests once (in two time zones), the integration tests once per
 *   database. With NODE_FOR_POSTGRES_TESTS (a Node.js binary; CI gives Node
 *   24 LTS) the PostgreSQL pass runs on that Node.js, so each supported
 *   Node.js version runs every integration test once without a third pass.
 * - The browser tests on PGlite and on PostgreSQL, except those tagged
 *   @engine-independent (accessibility, layout, headers: what the database
 *   engine cannot change), which run once, on the last database.
 * - The tests that start servers of their own (two instances, graceful
 *   shutdown, database outage, load, rolling deploy, real deployment) once,
 *   on PostgreSQL when DATABASE_URL points at one, else on PGlite.
 * - The two production builds the browser tests serve are made at low
 *   priority beside the unit and integration tests, which leave a core idle.
 *
 * Prints each step's duration at the end, also when a step fails (which
 * stops the run).
 */

const postgresUrl = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL : undefined;
const postgresNode = process.env.NODE_FOR_POSTGRES_TESTS || process.execPath;
const bin = (name: string) => path.resolve("node_modules", ".bin", name);
const vitest = path.resolve("node_modules", "vitest", "vitest.mjs");
const times: { name: string; seconds: number; ok: boolean }[] = [];

function withoutDatabaseUrl(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, stdio: "inherit" | ["ignore", number, number]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio, env });
    child.on("error", () => resolve(1));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const ok = (await run(command, args, env, "inherit")) === 0;
  times.push({ name, seconds: (performance.now() - started) / 1000, ok });
  if (!ok) finish(1);
}

/** Waits for a background build, counting only the time the run is held up. */
async function awaitBuild(name: string, build: Promise<void>): Promise<void> {
  const started = performance.now();
  await build;
  times.push({ name, seconds: (performance.now() - started) / 1000, ok: true });
}

function minutesAndSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`.padStart(6);
}

function finish(code: number): never {
  console.log("\nnpm test, step by step:");
  for (const { name, seconds, ok } of times) console.log(`${ok ? "  ok " : "FAIL "} ${minutesAndSeconds(seconds)}  ${name}`);
  process.exit(code);
}

/**
 * `npm run build` for each folder that is not current, one after the other,
 * at the lowest CPU priority; output goes to test-results/<folder>.log and
 * is printed only if the build fails.
 */
function buildAhead(builds: readonly { distDir: string; siteUrl: string }[]): Promise<void>[] {
  fs.mkdirSync("test-results", { recursive: true });
  let previous = Promise.resolve();
  return builds.map(({ distDir, siteUrl }) => {
    previous = previous.then(async () => {
      if (buildState(distDir, sourceFingerprint({ SITE_URL: siteUrl })) === "current") return;
      const logFile = path.join("test-results", `build${distDir}.log`);
      const log = fs.openSync(logFile, "w");
      const env = { ...withoutDatabaseUrl(), NEXT_DIST_DIR: distDir, SITE_URL: siteUrl, TZ: "UTC" };
      const code = await run("nice", ["-n", "19", "npm", "run", "build"], env, ["ignore", log, log]);
      fs.closeSync(log);
      if (code !== 0) {
        console.error(`\nThe build in ${distDir} failed:\n${fs.readFileSync(logFile, "utf8")}`);
        times.push({ name: `Build ${distDir}`, seconds: 0, ok: false });
        finish(1);
      }
    });
    return previous;
  });
}

const problem = ensureSystemTools([CHROMIUM, POSTGRES_SERVER, ...(postgresUrl ? [POSTGRES_CLIENT] : [])]);
if (problem) {
  console.error(problem);
  process.exit(1);
}

const [e2eBuild, deploymentBuild] = buildAhead([E2E_BUILD, DEPLOYMENT_BUILD]);

await step("Unit tests (TZ=Asia/Tokyo and UTC)", bin("vitest"), ["run", "--project", "unit*"]);
await step("Integration tests on PGlite", bin("vitest"), ["run", "--project", "integration"], withoutDatabaseUrl());
if (postgresUrl) {
  if (postgresNode !== process.execPath) {
    // The other Node.js runs the unit tests too (once: one zone is enough to show the runtime works).
    await step(`Unit tests on ${postgresNode}`, postgresNode, [vitest, "run", "--project", "unit (TZ=UTC)"]);
  }
  await step(`Integration tests on PostgreSQL${postgresNode === process.execPath ? "" : ` (${postgresNode})`}`, postgresNode, [vitest, "run", "--project", "integration"]);
}
await awaitBuild(`Waiting for the build in ${E2E_BUILD.distDir}`, e2eBuild!);
if (postgresUrl) {
  await step("Browser tests on PGlite (all but @engine-independent)", bin("playwright"), ["test", "--project", "phone", "--grep-invert", "@engine-independent"], withoutDatabaseUrl());
  await awaitBuild(`Waiting for the build in ${DEPLOYMENT_BUILD.distDir}`, deploymentBuild!);
  await step("Browser tests on PostgreSQL, then the server tests", bin("playwright"), ["test"]);
} else {
  await awaitBuild(`Waiting for the build in ${DEPLOYMENT_BUILD.distDir}`, deploymentBuild!);
  await step("Browser tests on PGlite, then the server tests", bin("playwright"), ["test"], withoutDatabaseUrl());
}
finish(0);
