import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isAlive } from "@/lib/db/pglite-lock";
import type { Env } from "@/lib/env";
import { buildState, sourceFingerprint, writeBuildStamp } from "./build-stamp";
import { CliError } from "./run-cli";

const NEXT = path.resolve("node_modules", ".bin", "next");

/**
 * One build at a time per build folder: two `npm start` on one checkout
 * (or a start and an `npm run build`) would otherwise write the same
 * folder at once. The second waits, then finds the build made.
 */
async function withBuildLock<T>(distDir: string, run: () => Promise<T>): Promise<T> {
  const lock = `${path.resolve(distDir)}.build-lock`;
  let said = false;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lock, "utf8"), 10);
      if (!Number.isInteger(holder) || !isAlive(holder)) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (!said) console.log(`› Waiting for the build that process ${holder} is making…`);
      said = true;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
  try {
    return await run();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

function nextBuild(quiet: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(NEXT, ["build"], { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // A stop during the build stops the build too, so no orphan keeps writing the folder.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("exit", (code) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      if (code === 0) return resolve();
      if (quiet) console.error(output);
      reject(new CliError("The build failed (its output is above)."));
    });
  });
}

/**
 * Builds the site into NEXT_DIST_DIR and stamps it with what it was made
 * from (lib/cli/build-stamp.ts). `onlyWhenStale` skips a build that is
 * already current, for local mode's first start.
 */
export async function buildSite(env: Env, { onlyWhenStale = false, quiet = false } = {}): Promise<void> {
  await withBuildLock(env.NEXT_DIST_DIR, async () => {
    const fingerprint = sourceFingerprint();
    if (onlyWhenStale && buildState(env.NEXT_DIST_DIR, fingerprint) === "current") return;
    // `next build` adds its build folder's types to tsconfig.json; keep the file as committed.
    const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
    try {
      await nextBuild(quiet);
    } finally {
      fs.writeFileSync("tsconfig.json", tsconfig);
    }
    writeBuildStamp(env.NEXT_DIST_DIR, fingerprint);
  });
}
