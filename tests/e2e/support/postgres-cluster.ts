import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { missingToolsSentence, POSTGRES_SERVER, postgresBinFolder } from "../../support/system-tools";
import { freePort } from "./free-port";

/**
 * A PostgreSQL server of the test's own, in a temp folder, that the test may
 * stop and start at will (the machine's shared server must never be
 * disturbed). Debian's binaries (the newest installed version; PGBIN
 * overrides their folder; `npm test` installs them when missing). PostgreSQL
 * refuses to run as root, and CI runs as root: then the folder goes to the
 * postgres user and every command runs as that user.
 */
export type PostgresCluster = {
  url: string;
  stop(): void;
  start(): void;
  destroy(): void;
};

function asPostgresUser(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  return ["runuser", ["-u", "postgres", "--", command, ...args]];
}

function pg(tool: string, args: string[]): void {
  const folder = postgresBinFolder();
  if (!folder) throw new Error(missingToolsSentence([POSTGRES_SERVER]));
  const [command, fullArgs] = asPostgresUser(path.join(folder, tool), args);
  execFileSync(command, fullArgs, { stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-pg-"));
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres:", folder]);
  const data = path.join(folder, "data");
  const port = await freePort();
  pg("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`;
  const start = () =>
    pg("pg_ctl", ["start", "-w", "-t", "30", "-D", data, "-l", path.join(folder, "server.log"), "-o", options]);
  const stop = () => pg("pg_ctl", ["stop", "-w", "-m", "fast", "-D", data]);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    destroy() {
      try {
        stop();
      } catch {
        // already stopped
      }
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
