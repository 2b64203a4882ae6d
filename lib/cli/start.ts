import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { DEMO_ADMIN } from "@/lib/auth/demo-admin";
import { productionProblems } from "@/lib/auth/production-guard";
import { createDbClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { assertPgliteFolderFree } from "@/lib/db/pglite-lock";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { CliError, runCli } from "./run-cli";

/**
 * `npm start`: one command from a fresh clone to a running site. Checks the
 * database configuration, applies migrations, seeds the demo data on the
 * embedded database, builds when the sources changed, then serves.
 */

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const bin = (name: string) => path.resolve("node_modules", ".bin", name);
// Residents are promised no tracking; the operator is owed the same.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

// Inputs of `next build`; a change to any of them triggers a rebuild.
const BUILD_INPUTS = ["app", "components", "lib", "messages", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];
// SITE_URL is baked into prerendered pages (canonical and share links).
const BUILD_ENV = ["SITE_URL"];
const BUILD_STAMP = path.join(process.env.NEXT_DIST_DIR || ".next", "encuentros-build-stamp");

function sourceFingerprint(): string {
  const hash = crypto.createHash("sha256");
  const visit = (entry: string) => {
    if (!fs.existsSync(entry) || entry.includes(`lib${path.sep}generated`)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry).sort()) visit(path.join(entry, child));
    } else {
      hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  BUILD_INPUTS.forEach(visit);
  for (const name of BUILD_ENV) hash.update(`${name}=${process.env[name] ?? ""}\n`);
  return hash.digest("hex");
}

// Request logs and graceful shutdown inside the `next start` process (see the file).
const SERVER_PRELOAD = pathToFileURL(path.resolve("lib/server-process/preload.mjs")).href;

function serverEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import ${SERVER_PRELOAD}`].filter(Boolean).join(" ") };
}

function run(step: string, command: string, args: string[]): void {
  console.log(`› ${step}…`);
  const result = spawnSync(command, args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", timeout: 600_000 });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
    // The child already printed a one-sentence explanation when it had one.
    const explained = output.split("\n").find((line) => line.startsWith("Error: "));
    console.error(explained ?? output);
    console.error(`${step} failed.`);
    process.exit(1);
  }
}

async function checkPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } finally {
    await client.end().catch(() => undefined);
  }
}

runCli(async () => {
  const target = resolveDatabaseTarget();
  if (target.kind === "postgres") await checkPostgres(target.url);
  else assertPgliteFolderFree(target.dataDir);

  console.log(`› Applying database migrations to ${describeDatabaseTarget(target)}…`);
  await applyMigrations(target);
  const seed = target.kind === "pglite" || process.env.SEED_DEMO_DATA === "true";
  if (seed) run("Loading the demo meetings", bin("tsx"), ["prisma/seed.ts"]);

  const db = createDbClient(target);
  try {
    const problems = await productionProblems(db, target);
    if (problems.length > 0) throw new CliError(`Refusing to start in production: ${problems.join(" ")}`);
  } finally {
    await db.$disconnect();
  }

  if (!dev) {
    const fingerprint = sourceFingerprint();
    const built = fs.existsSync(BUILD_STAMP) && fs.readFileSync(BUILD_STAMP, "utf8") === fingerprint;
    if (!built) {
      run("Building the site (first start or changed sources, about a minute)", bin("next"), ["build"]);
      fs.writeFileSync(BUILD_STAMP, fingerprint);
    }
  }

  console.log(`\nEncuentros is starting at http://localhost:${port} on ${describeDatabaseTarget(target)}.`);
  if (seed) console.log("Demo data is loaded: addresses and names are invented.");
  if (target.kind === "pglite") {
    console.log(`Staff area: http://localhost:${port}/es/admin — demo sign-in ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
  }
  const server = spawn(bin("next"), [dev ? "dev" : "start", "--port", port], { stdio: "inherit", env: dev ? process.env : serverEnv() });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  // The server's own exit code; a server killed by a signal exits as 128 + its number, like a shell reports it.
  const code = await new Promise<number>((resolve) =>
    server.on("exit", (exitCode, signal) => resolve(exitCode ?? 128 + (signal ? os.constants.signals[signal] : 0))),
  );
  process.exitCode = code;
});
