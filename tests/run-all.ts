import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildState, sourceFingerprint } from "../lib/cli/build-stamp";
import { ensureSystemTools, HEADLESS_CHROMIUM, JAVA, POSTGRES_CLIENT, POSTGRES_SERVER } from "./support/system-tools";
import { E2E_BUILD } from "./support/test-builds";

/**
 * `npm test`: every test, each as few times as covers it.
 *
 * - The unit tests once (in two time zones), the integration tests once per
 *   database, the PGlite and PostgreSQL lanes side by side. With
 *   NODE_FOR_POSTGRES_TESTS (a Node.js binary; CI gives Node 24 LTS) the
 *   PostgreSQL lane runs on that Node.js, so each supported Node.js version
 *   runs every integration test once without a third pass.
 * - The browser tests once, on PostgreSQL when DATABASE_URL points at one,
 *   else on PGlite: every query under them runs on both engines in the
 *   integration tests, and the server tests below run whole flows on
 *   PostgreSQL.
 * - The tests that start servers of their own (two instances, graceful
 *   shutdown, email through a real SMTP server, database outage, load,
 *   rolling deploy, real deployment) once,
 *   in the last browser run (playwright.config.ts says which run beside the
 *   browser tests and which after them).
 * - The production build the browser tests serve is made at the lowest
 *   priority beside the unit and integration tests.
 *
 * Prints each step's duration at the end, also when a step fails (which
 * stops the run).
 */

const postgresUrl = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL : undefined;
const postgresNode = process.env.NODE_FOR_POSTGRES_TESTS || process.execPath;
const bin = (name: string) => path.resolve("node_modules", ".bin", name);
const vitest = path.resolve("node_modules", "vitest", "vitest.mjs");
const times: { name: string; seconds: number; ok: boolean }[] = [];

// Empty, not deleted: a DATABASE_URL in a developer's .env (lib/cli/env-file.mjs) fills only unset variables.
function withoutDatabaseUrl(): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: "" };
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdio: "inherit" | ["ignore", number, number],
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio, env });
    child.on("error", () => resolve(1));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** Runs a command with its output in test-results/<name>.log; the output comes back with the outcome. */
async function runToLog(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  name: string,
): Promise<{ ok: boolean; output: string }> {
  fs.mkdirSync("test-results", { recursive: true });
  const logFile = path.join("test-results", `${name}.log`);
  const log = fs.openSync(logFile, "w");
  const code = await run(command, args, env, ["ignore", log, log]);
  fs.closeSync(log);
  return { ok: code === 0, output: fs.readFileSync(logFile, "utf8") };
}

async function step(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const ok = (await run(command, args, env, "inherit")) === 0;
  times.push({ name, seconds: (performance.now() - started) / 1000, ok });
  if (!ok) finish(1);
}

type Job = { name: string; command: string; args: string[]; env?: NodeJS.ProcessEnv };

/**
 * Runs each lane's jobs one after the other, the lanes side by side. A job's
 * output goes to test-results/<job>.log and is printed whole when the job
 * ends, so the lanes' lines do not interleave. Records each job's time and
 * the lanes' wall-clock time; stops the run after the lanes if a job failed
 * (the lane it was in stops there).
 */
async function lanes(name: string, jobLanes: Job[][]): Promise<void> {
  const count = jobLanes.filter((lane) => lane.length > 0).length;
  console.log(`\n=== ${name}${count > 1 ? `: ${count} lanes side by side` : ""} ===`);
  const started = performance.now();
  const results = await Promise.all(
    jobLanes.map(async (lane) => {
      for (const job of lane) {
        const jobStarted = performance.now();
        const { ok, output } = await runToLog(
          job.command,
          job.args,
          job.env ?? process.env,
          job.name.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase(),
        );
        times.push({ name: `  ${job.name}`, seconds: (performance.now() - jobStarted) / 1000, ok });
        console.log(`\n=== ${job.name} (${ok ? "passed" : "FAILED"}) ===\n${output}`);
        if (!ok) return false;
      }
      return true;
    }),
  );
  const ok = results.every(Boolean);
  times.push({ name: `${name}, lanes side by side (wall clock)`, seconds: (performance.now() - started) / 1000, ok });
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
  for (const { name, seconds, ok } of times)
    console.log(`${ok ? "  ok " : "FAIL "} ${minutesAndSeconds(seconds)}  ${name}`);
  process.exit(code);
}

/**
 * `npm run build` in a folder, unless it is current, at the lowest CPU
 * priority; output goes to test-results/<folder>.log and is printed only if
 * the build fails.
 */
async function buildAhead({ distDir, siteUrl }: { distDir: string; siteUrl: string }): Promise<void> {
  if (buildState(distDir, sourceFingerprint()) === "current") return;
  const env = { ...withoutDatabaseUrl(), NEXT_DIST_DIR: distDir, SITE_URL: siteUrl, TZ: "UTC" };
  const { ok, output } = await runToLog("nice", ["-n", "19", "npm", "run", "build"], env, `build${distDir}`);
  if (!ok) {
    console.error(`\nThe build in ${distDir} failed:\n${output}`);
    times.push({ name: `Build ${distDir}`, seconds: 0, ok: false });
    finish(1);
  }
}

const problem = ensureSystemTools([
  HEADLESS_CHROMIUM,
  JAVA,
  POSTGRES_SERVER,
  ...(postgresUrl ? [POSTGRES_CLIENT] : []),
]);
if (problem) {
  console.error(problem);
  process.exit(1);
}

const e2eBuild = buildAhead(E2E_BUILD);

// The PostgreSQL lane waits on the database server at times, so the two
// lanes run side by side; the unit tests go in the shorter one.
const unitTests: Job = {
  name: "Unit tests (TZ=Asia/Tokyo and UTC)",
  command: bin("vitest"),
  args: ["run", "--project", "unit*"],
};
const pgliteLane: Job[] = [
  ...(postgresUrl ? [] : [unitTests]),
  {
    name: "Integration tests on PGlite",
    command: bin("vitest"),
    args: ["run", "--project", "integration"],
    env: withoutDatabaseUrl(),
  },
];
const postgresLane: Job[] = postgresUrl
  ? [
      unitTests,
      // The other Node.js runs the unit tests too (once: one zone is enough to show the runtime works).
      ...(postgresNode === process.execPath
        ? []
        : [
            {
              name: `Unit tests on ${postgresNode}`,
              command: postgresNode,
              args: [vitest, "run", "--project", "unit (TZ=UTC)"],
            },
          ]),
      {
        name: `Integration tests on PostgreSQL${postgresNode === process.execPath ? "" : ` (${postgresNode})`}`,
        command: postgresNode,
        args: [vitest, "run", "--project", "integration"],
      },
    ]
  : [];
await lanes("Unit and integration tests", [pgliteLane, postgresLane]);
await awaitBuild(`Waiting for the build in ${E2E_BUILD.distDir}`, e2eBuild);
if (postgresUrl) {
  await step("Browser tests on PostgreSQL, then the server tests", bin("playwright"), ["test"]);
} else {
  await step("Browser tests on PGlite, then the server tests", bin("playwright"), ["test"], withoutDatabaseUrl());
}
finish(0);
