import { spawnSync } from "node:child_process";
import path from "node:path";
import { CHROMIUM, ensureSystemTools, POSTGRES_CLIENT, POSTGRES_SERVER } from "./support/system-tools";

/**
 * `npm test`: every test, each as few times as covers it. The unit tests
 * once (in two time zones), the integration tests once per database, the
 * browser tests once per database, and the tests that start servers of
 * their own (two instances, graceful shutdown, database outage, load) once,
 * on PostgreSQL when DATABASE_URL points at one, else on PGlite. Prints
 * each step's duration at the end, also when a step fails (which stops the
 * run).
 */

const postgresUrl = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL : undefined;
const bin = (name: string) => path.resolve("node_modules", ".bin", name);
const times: { name: string; seconds: number; ok: boolean }[] = [];

function withoutDatabaseUrl(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return env;
}

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit", env });
  const ok = result.status === 0;
  times.push({ name, seconds: (performance.now() - started) / 1000, ok });
  if (!ok) finish(1);
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

const problem = ensureSystemTools([CHROMIUM, POSTGRES_SERVER, ...(postgresUrl ? [POSTGRES_CLIENT] : [])]);
if (problem) {
  console.error(problem);
  process.exit(1);
}

step("Unit tests (TZ=Asia/Tokyo and UTC)", bin("vitest"), ["run", "--project", "unit*"]);
step("Integration tests on PGlite", bin("vitest"), ["run", "--project", "integration"], withoutDatabaseUrl());
if (postgresUrl) step("Integration tests on PostgreSQL", bin("vitest"), ["run", "--project", "integration"]);
// One build (.next-e2e) serves both runs: the database is chosen at start.
step(`Browser tests on PGlite${postgresUrl ? "" : ", then the server tests"}`, bin("playwright"), ["test", ...(postgresUrl ? ["--project", "phone"] : [])], withoutDatabaseUrl());
if (postgresUrl) step("Browser tests on PostgreSQL, then the server tests", bin("playwright"), ["test"]);
finish(0);
