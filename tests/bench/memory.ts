import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Resident memory of the whole process tree of `npm start` (npm itself,
 * the server, anything they spawn), read from /proc: after start, after
 * 1 000 mixed page requests, after 10 000 cache-busting requests (random
 * unknown query parameters and random filter values), and the peak while
 * serving, sampled every 200 ms. `npm run bench` adds a row per database;
 * alone: `npx tsx tests/bench/memory.ts [--port 4510] [--quick]` (embedded
 * database; --quick sends a tenth of the requests).
 *
 * The long run (issue #24: "an instance that has served 1 hour of mixed
 * traffic"): `npx tsx tests/bench/memory.ts --minutes 60 [--database
 * postgres]` sends a steady 20 requests a second, nine in ten of them
 * residents' pages and one a cache-busting one, prints the resident memory
 * every five minutes, and ends with the peak.
 */

export type LongRunResult = {
  database: string;
  minutes: number;
  requests: number;
  readingsMb: number[];
  peakMb: number;
  busy: number;
  errors: number;
};

export type MemoryResult = {
  database: string;
  startMb: number;
  afterPagesMb: number;
  afterBustingMb: number;
  peakMb: number;
  busy: number;
  errors: number;
};

/** The pid's children, grandchildren, … from /proc/<pid>/stat (field 4 is the parent). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name, in parentheses, may itself hold spaces or parentheses.
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index += 1) tree.push(...(children.get(tree[index]!) ?? []));
  return tree;
}

/** Sum of VmRSS over the tree, in MB. */
export function treeRssMb(root: number): number {
  let kb = 0;
  for (const pid of processTree(root)) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      kb += Number(match?.[1] ?? 0);
    } catch {
      // Gone meanwhile.
    }
  }
  return Math.round(kb / 1024);
}

const random = (items: readonly string[]) => items[Math.floor(Math.random() * items.length)]!;
const randomToken = () => Math.random().toString(36).slice(2, 10);
const randomDate = () => {
  const date = new Date(Date.UTC(2026, 0, 1) + Math.floor(Math.random() * 900) * 86_400_000);
  return date.toISOString().slice(0, 10);
};

const PAGES = ["/en", "/es", "/en/archive", "/es/archivo", "/en/what-to-know", "/es/que-saber", "/robots.txt"];

function bustingPath(): string {
  const locale = random(["en", "es"]);
  return random([
    `/${locale}?from=${randomDate()}`,
    `/${locale}?week=${randomDate()}`,
    `/${locale}?area=${randomToken()}`,
    `/${locale}?lang=${random(["es", "en", "vi", "zz"])}&from=${randomDate()}`,
    `/${locale}?${randomToken()}=${randomToken()}`,
    `/${locale}?utm_source=${randomToken()}&fbclid=${randomToken()}`,
  ]);
}

/**
 * Requests from `paths()` with `concurrency` at a time; counts the "busy"
 * answers and the failures (any other 5xx, connection errors).
 */
async function drive(
  base: string,
  count: number,
  concurrency: number,
  paths: () => string,
): Promise<{ busy: number; errors: number }> {
  let next = 0;
  let busy = 0;
  let errors = 0;
  const failed = (what: string) => {
    errors += 1;
    if (errors <= 3) console.log(`› failed: ${what}`);
  };
  const worker = async () => {
    while (next < count) {
      next += 1;
      const requestPath = paths();
      try {
        const response = await fetch(`${base}${requestPath}`, { redirect: "manual" });
        await response.arrayBuffer();
        // A miss that cannot be rendered soon is answered "busy" on purpose (lib/serving/render-slots.ts).
        if (response.status === 503 && response.headers.has("retry-after")) busy += 1;
        else if (response.status >= 500) failed(`${response.status} ${requestPath}`);
      } catch (error) {
        failed(`${(error as Error).message} ${requestPath}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { busy, errors };
}

async function waitForHealth(base: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode}:\n${output()}`);
    if (
      await fetch(`${base}/api/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    if (Date.now() > deadline) throw new Error(`npm start did not answer within 10 minutes:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Links to a few meeting and partner pages, read from the listing itself. */
async function discoverPages(base: string): Promise<string[]> {
  const links = new Set<string>();
  for (const locale of ["en", "es"]) {
    const html = await (await fetch(`${base}/${locale}`)).text();
    for (const match of html.matchAll(/href="(\/(?:en|es)\/(?:meetings|reuniones|partners|socios)\/[^"?#]+)"/g))
      links.add(match[1]!);
  }
  return [...links].slice(0, 20);
}

/**
 * `npm start` on the given database (env), measured as described above,
 * then stopped with SIGTERM.
 */
export async function measureMemory(
  database: string,
  port: number,
  env: Record<string, string>,
  { pages: pageRequests = 1_000, busting = 10_000 } = {},
): Promise<MemoryResult> {
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn("npm", ["start"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LOG_LEVEL: "warn", ...env, PORT: String(port) },
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let peakMb = 0;
  let sampler: NodeJS.Timeout | undefined;
  try {
    await waitForHealth(base, child, () => output);
    // From here on: the migrations and any first build ran in a child that has exited.
    sampler = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(child.pid!))), 200);
    // Let start-up settle (the first requests, the cache listener) before the first reading.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const startMb = treeRssMb(child.pid!);
    const pages = [...PAGES, ...(await discoverPages(base))];
    const pagesRun = await drive(base, pageRequests, 10, () => random(pages));
    const afterPagesMb = treeRssMb(child.pid!);
    const bustingRun = await drive(base, busting, 20, bustingPath);
    const afterBustingMb = treeRssMb(child.pid!);
    console.log(
      `› Memory on ${database}: start ${startMb} MB, after pages ${afterPagesMb} MB, after cache-busting ${afterBustingMb} MB, peak ${peakMb} MB`,
    );
    return {
      database,
      startMb,
      afterPagesMb,
      afterBustingMb,
      peakMb: Math.max(peakMb, afterBustingMb),
      busy: pagesRun.busy + bustingRun.busy,
      errors: pagesRun.errors + bustingRun.errors,
    };
  } finally {
    clearInterval(sampler);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
    await exited;
    // npm exits at once; the server answers what its open connections still
    // send for a few seconds (graceful shutdown). The next run on this port
    // must not reach it through a pooled connection: wait for the whole group.
    const groupAlive = () => {
      try {
        process.kill(-child.pid!, 0);
        return true;
      } catch {
        return false;
      }
    };
    while (groupAlive()) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Steady mixed traffic at `perSecond` for `minutes`, on an instance already answering. */
async function longRun(
  base: string,
  root: number,
  database: string,
  minutes: number,
  perSecond = 20,
): Promise<LongRunResult> {
  const pages = [...PAGES, ...(await discoverPages(base))];
  const readingsMb: number[] = [treeRssMb(root)];
  let peakMb = readingsMb[0]!;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(root))), 1_000);
  const started = Date.now();
  let requests = 0;
  let busy = 0;
  let errors = 0;
  let nextReading = started + 5 * 60_000;
  try {
    while (Date.now() - started < minutes * 60_000) {
      const second = Date.now();
      const run = await drive(base, perSecond, 4, () => (Math.random() < 0.1 ? bustingPath() : random(pages)));
      requests += perSecond;
      busy += run.busy;
      errors += run.errors;
      if (Date.now() >= nextReading) {
        readingsMb.push(treeRssMb(root));
        console.log(
          `› ${database}, ${Math.round((Date.now() - started) / 60_000)} min: ${readingsMb.at(-1)} MB (peak ${peakMb} MB), ${requests} requests, ${busy} busy, ${errors} errors`,
        );
        nextReading += 5 * 60_000;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1_000 - (Date.now() - second))));
    }
  } finally {
    clearInterval(sampler);
  }
  readingsMb.push(treeRssMb(root));
  return { database, minutes, requests, readingsMb, peakMb: Math.max(peakMb, readingsMb.at(-1)!), busy, errors };
}

/** `npm start` on the given database for a long run, then stopped. */
export async function measureLongRun(
  database: string,
  port: number,
  env: Record<string, string>,
  minutes: number,
): Promise<LongRunResult> {
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn("npm", ["start"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LOG_LEVEL: "warn", ...env, PORT: String(port) },
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForHealth(base, child, () => output);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    return await longRun(base, child.pid!, database, minutes);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const port = Number(option("--port") ?? 4510);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-memory-"));
  const minutes = option("--minutes");
  const postgres = option("--database") === "postgres";
  const env: Record<string, string> = postgres
    ? {
        DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/encuentros_memory_long",
        SEED_DEMO_DATA: "true",
      }
    : { DATABASE_URL: "", PGLITE_DIR: path.join(folder, "pglite") };
  const database = postgres ? "PostgreSQL" : "PGlite";
  const scale = process.argv.includes("--quick") ? { pages: 100, busting: 1_000 } : {};
  const run = minutes
    ? measureLongRun(database, port, env, Number(minutes))
    : measureMemory(database, port, env, scale);
  run.then((result) => console.table([result])).finally(() => fs.rmSync(folder, { recursive: true, force: true }));
}
