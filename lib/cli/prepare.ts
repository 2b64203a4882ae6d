import pg from "pg";
import { DEMO_ADMIN, ensureDemoAdmin } from "@/lib/auth/demo-admin";
import { deploymentConfigProblems, deploymentDatabaseProblems, needsFirstAdmin } from "@/lib/auth/production-guard";
import { createDbClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { assertPgliteFolderFree } from "@/lib/db/pglite-lock";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { getEnv, listenHost } from "@/lib/env";
import { zonedDateKey } from "@/lib/time/central-time";
import { seedDemoData } from "@/prisma/seed-demo";
import { buildSite } from "./build-site";
import { buildState, sourceFingerprint } from "./build-stamp";
import { CliError, runCli } from "./run-cli";

/**
 * Everything `npm start` does before serving, in a process of its own that
 * exits before the server starts (lib/cli/start.mjs), so the server never
 * carries the migrator, the seed or TypeScript tooling in memory, and never
 * shares the embedded database folder with it.
 *
 * Local mode: migrate, load the demo, build when the sources changed.
 * A real deployment: refuse anything unsafe, check the build is current
 * (never build), migrate, and say how to create the first admin.
 */

export type ListenMessage = { listen: { host: string; port: number } };

async function checkPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } finally {
    await client.end().catch(() => undefined);
  }
}

const dev = process.argv.includes("--dev");

runCli(async () => {
  const env = getEnv();
  const deployment = env.mode === "deployment";
  const configProblems = deploymentConfigProblems(env);
  if (configProblems.length > 0) throw new CliError(configProblems.join(" "));

  if (deployment && !dev) {
    const state = buildState(env.NEXT_DIST_DIR, sourceFingerprint());
    if (state !== "current") {
      throw new CliError(
        `The build in ${env.NEXT_DIST_DIR} is ${state === "missing" ? "missing" : "stale (made from other sources)"}: build first with \`npm run build\`, then start again (a real deployment never builds at start-up).`,
      );
    }
  }

  const target = resolveDatabaseTarget();
  if (target.kind === "postgres") await checkPostgres(target.url);
  else assertPgliteFolderFree(target.dataDir);
  console.log(`› Applying database migrations to ${describeDatabaseTarget(target)}…`);
  await applyMigrations(target);

  const seed = env.SEED_DEMO_DATA ?? (!deployment && target.kind === "pglite");
  const seedAdmin = seed && (env.SEED_DEMO_ADMIN ?? target.kind === "pglite");
  const db = createDbClient(target);
  try {
    if (seed) {
      console.log("› Loading the demo meetings…");
      await seedDemoData(db, zonedDateKey(new Date()));
      if (seedAdmin) await ensureDemoAdmin(db);
    }
    const problems = await deploymentDatabaseProblems(db, env);
    if (problems.length > 0) throw new CliError(`Refusing to start a real deployment: ${problems.join(" ")}`);
    if (deployment && (await needsFirstAdmin(db))) {
      console.log(
        `No admin account yet: stop the server and create the first one with \`npm run admin:create -- --email you@example.org --name "Your Name"\` (it asks for the password).`,
      );
    }
  } finally {
    await db.$disconnect();
  }

  if (!deployment && !dev) {
    console.log("› Checking the build (the first start builds the site, about a minute)…");
    await buildSite(env, { onlyWhenStale: true, quiet: true });
  }

  const host = listenHost(env);
  console.log(
    `\nEncuentros is starting at ${deployment ? env.SITE_URL : `http://localhost:${env.PORT}`} on ${describeDatabaseTarget(target)}.`,
  );
  if (deployment) console.log(`Listening on ${host}:${env.PORT} (HOST and PORT).`);
  if (seed) console.log("Demo data is loaded: addresses and names are invented.");
  if (seedAdmin)
    console.log(
      `Staff area: http://localhost:${env.PORT}/es/admin — demo sign-in ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`,
    );
  process.send?.({ listen: { host, port: env.PORT } } satisfies ListenMessage);
});
