// @ts-check
/**
 * `npm start` (and `npm run dev` with --dev), also the command for a
 * supervisor: `node lib/cli/start.mjs`.
 *
 * 1. lib/cli/prepare.ts runs in a short-lived child (with TypeScript
 *    through tsx): configuration checks, migrations, demo data, the build
 *    check. It exits before the server starts, so none of that stays in
 *    memory and the embedded database folder has one user at a time.
 * 2. This process then becomes the server: the preload (request log lines,
 *    graceful shutdown) and Next.js's own production server, in-process,
 *    as `next start` runs it. Plain JavaScript, so the server process never
 *    loads TypeScript tooling. With --dev, `next dev` runs as a child with
 *    the same preload.
 */
import { fork, spawn } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runtimeEnv } from "../server-process/runtime-env.mjs";

const dev = process.argv.includes("--dev");
const root = process.cwd();
const PRELOAD = path.join(root, "lib/server-process/preload.mjs");
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
    const child = fork(path.join(root, "lib/cli/prepare.ts"), dev ? ["--dev"] : [], { execArgv: ["--import", "tsx"], stdio: "inherit" });
    /** @type {{ host: string; port: number } | undefined} */
    let listen;
    child.on("message", (message) => (listen = /** @type {{ listen: { host: string; port: number } }} */ (message).listen));
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

/** @param {{ host: string; port: number }} listen */
async function serve({ host, port }) {
  // What `next start` sets before it starts the same server.
  Object.assign(process.env, { NODE_ENV: "production", NEXT_RUNTIME: "nodejs", PORT: String(port), ENCUENTROS_BIND_HOST: host });
  await import(pathToFileURL(PRELOAD).href);
  const require = createRequire(path.join(root, "package.json"));
  /** @type {{ startServer(options: { dir: string; isDev: boolean; port: number; allowRetry: boolean }): Promise<unknown> }} */
  const { startServer } = require("next/dist/server/lib/start-server.js");
  // No hostname: the preload binds the socket to ENCUENTROS_BIND_HOST (see there why).
  await startServer({ dir: root, isDev: false, port, allowRetry: false });
}

/** @param {{ host: string; port: number }} listen */
function serveDev({ host, port }) {
  const nodeOptions = [runtimeEnv().NODE_OPTIONS, `--import ${PRELOAD}`].filter(Boolean).join(" ");
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["dev", "--port", String(port)], {
    stdio: "inherit",
    env: { ...process.env, NODE_OPTIONS: nodeOptions, ENCUENTROS_BIND_HOST: host },
  });
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? signalExitCode(signal)));
}

const listen = await prepare();
if (dev) serveDev(listen);
else await serve(listen);
