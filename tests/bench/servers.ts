import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sourceFingerprint, writeBuildStamp } from "@/lib/cli/build-stamp";

const NEXT = path.resolve("node_modules", ".bin", "next");
export const BENCH_DIST_DIR = ".next-bench";

/** A production build of its own, in its own folder (no database is read at build time). */
export function buildApp(siteUrl: string): void {
  console.log("› Building the site in production mode…");
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  const build = spawnSync(NEXT, ["build"], {
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: BENCH_DIST_DIR, SITE_URL: siteUrl, NEXT_TELEMETRY_DISABLED: "1" },
  });
  // `next build` adds its own folder's types to tsconfig.json: put it back.
  fs.writeFileSync("tsconfig.json", tsconfig);
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}${build.stderr}`);
  // As `npm run build` does: `npm start` (the memory rows) then serves it without building.
  writeBuildStamp(BENCH_DIST_DIR, sourceFingerprint({ SITE_URL: siteUrl }));
}

export type RunningApp = { url: string; stop: () => Promise<void> };

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not answer ${url} within a minute`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
}

/**
 * `next start` on the built folder, against the database in `env`, as
 * `npm start` runs it: with the preload that writes a JSON line per request.
 */
export async function startApp(port: number, env: Record<string, string>): Promise<RunningApp> {
  const preload = `--import ${pathToFileURL(path.resolve("lib/server-process/preload.mjs")).href}`;
  const child = spawn(NEXT, ["start", "--port", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env, NODE_ENV: "production", NODE_OPTIONS: preload, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`, child, "next start");
  return { url, stop: stopper(child) };
}

/**
 * nginx with the production recipe (lib/deploy/nginx-site.conf) in front of
 * the app, plus one extra location serving saved files straight from disk:
 * the machine's own ceiling.
 */
export async function startNginx(folder: string, port: number, appPort: number): Promise<RunningApp> {
  const site = fs
    .readFileSync(path.resolve("lib/deploy/nginx-site.conf"), "utf8")
    .replace("/var/cache/nginx/encuentros", path.join(folder, "cache"))
    .replace("server 127.0.0.1:3000;", `server 127.0.0.1:${appPort};`)
    .replace("listen 80;", `listen 127.0.0.1:${port};\n    location /__static/ { alias ${path.join(folder, "static")}/; }`);
  // As root, workers would run as nobody and could not read the temp folder.
  const config = `daemon off;
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes auto;
pid ${path.join(folder, "nginx.pid")};
error_log ${path.join(folder, "error.log")} warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${path.join(folder, "body")};
  proxy_temp_path ${path.join(folder, "proxy")};
  fastcgi_temp_path ${path.join(folder, "fastcgi")};
  uwsgi_temp_path ${path.join(folder, "uwsgi")};
  scgi_temp_path ${path.join(folder, "scgi")};
  keepalive_requests 100000;
${site}
}
`;
  fs.mkdirSync(path.join(folder, "static"), { recursive: true });
  fs.writeFileSync(path.join(folder, "nginx.conf"), config);
  const nginx = fs.existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
  const child = spawn(nginx, ["-c", path.join(folder, "nginx.conf"), "-p", folder], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`, child, "nginx");
  return { url, stop: stopper(child) };
}
