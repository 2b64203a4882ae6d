// @ts-check
/**
 * `npm start` (and `npm run dev` with --dev), also the command for a
 * supervisor: `node lib/cli/start.mjs`.
 *
 * 1. lib/cli/prepare.ts runs in a short-lived child (with TypeScript
 *    through tsx): configuration checks, migrations, demo data, the build
 *    check. It exits before the server starts, so none of that stays in
 *    memory and the embedded database folder has one user at a time.
 * 2. This process then becomes the server (lib/server-process/server.mjs: Next.js
 *    through its custom-server API, behind the request boundary). Plain
 *    JavaScript, so the server process never loads TypeScript tooling.
 *    With --dev, the same server runs Next.js in development mode.
 */
import { fork } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { runtimeEnv } from "../server-process/runtime-env.mjs";
import { loadEnvFile } from "./env-file.mjs";

loadEnvFile();

const dev = process.argv.includes("--dev");
const root = process.cwd();
// Residents are promised no tracking; the operator is owed the same.
if (runtimeEnv().NEXT_TELEMETRY_DISABLED === undefined) process.env.NEXT_TELEMETRY_DISABLED = "1";

/** @param {NodeJS.Signals | null} signal */
const signalExitCode = (signal) => 128 + (signal ? os.constants.signals[signal] : 0);

/**
 * Runs lib/cli/prepare.ts; resolves with where to listen, or exits with its code.
 * @returns {Promise<{ host: string; port: number }>}
 */
function prepare() {
  return new Promise((resolve) => {
    const child = fork(path.join(root, "lib/cli/prepare.ts"), dev ? ["--dev"] : [], {
      execArgv: ["--import", "tsx"],
      stdio: "inherit",
    });
    /** @type {{ host: string; port: number } | undefined} */
    let listen;
    child.on(
      "message",
      (message) => (listen = /** @type {{ listen: { host: string; port: number } }} */ (message).listen),
    );
    /** @param {NodeJS.Signals} signal */
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      if (code === 0 && listen) resolve(listen);
      else process.exit(code || signalExitCode(signal) || 1);
    });
  });
}

const listen = await prepare();
// What `next start` and `next dev` set before they start the same server.
Object.assign(process.env, {
  NODE_ENV: dev ? "development" : "production",
  NEXT_RUNTIME: "nodejs",
  PORT: String(listen.port),
});
const { serve } = await import("../server-process/server.mjs");
await serve({ ...listen, dev, dir: root });
