import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { type RunningServer, stopper, waitForAnswer } from "@/tests/support/served-process";
import { sourceFingerprint, writeBuildStamp } from "@/lib/cli/build-stamp";

const NEXT = path.resolve("node_modules", ".bin", "next");
export const BENCH_DIST_DIR = ".next-bench";

/** A production build of its own, in its own folder (no database is read at build time). */
export function buildApp(siteUrl: string): void {
  console.log("› Building the site in production mode…");
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  const build = spawnSync(NEXT, ["build"], {
    encoding: "utf8",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      SITE_URL: siteUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  // `next build` adds its own folder's types to tsconfig.json: put it back.
  fs.writeFileSync("tsconfig.json", tsconfig);
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}${build.stderr}`);
  // As `npm run build` does: `npm start` (the memory rows) then serves it without building.
  writeBuildStamp(BENCH_DIST_DIR, sourceFingerprint());
}

export type RunningApp = RunningServer;

/**
 * The server process of `npm start` (lib/server-process/server.mjs) on the built
 * folder, against the database in `env`, with the memory flags `npm start` uses.
 */
export async function startApp(port: number, env: Record<string, string>): Promise<RunningApp> {
  const flags = ["--max-old-space-size=160", "--max-semi-space-size=2", "--optimize-for-size"];
  const child = spawn(process.execPath, [...flags, path.resolve("lib/server-process/server.mjs")], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      MALLOC_ARENA_MAX: "2",
      NODE_ENV: "production",
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForAnswer(`${url}/api/health`, child, "the server");
  return { url, stop: stopper(child) };
}
