import { spawnSync } from "node:child_process";

export type LoadResult = { requestsPerSecond: number; p50Ms: number; p99Ms: number; requests: number; errors: number };

function milliseconds(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) throw new Error(`Unreadable wrk latency: ${text}`);
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as "us" | "ms" | "s" | "m"];
  return Number(match[1]) * factor;
}

/** Reads wrk's --latency report: requests/s, the 50th and 99th percentiles, and every failed request. */
export function parseWrk(output: string): LoadResult {
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((sum, value) => sum + Number(value), 0) : 0;
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    p50Ms: milliseconds(/\s50%\s+(\S+)/.exec(output)?.[1] ?? "NaNms"),
    p99Ms: milliseconds(/\s99%\s+(\S+)/.exec(output)?.[1] ?? "NaNms"),
    requests: number(/(\d+) requests in/),
    errors: socketErrors + Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
  };
}

/** 50 connections on two threads (one per core) for `seconds`, after a short warm-up. */
export function loadTest(url: string, { seconds = 10, connections = 50 } = {}): LoadResult {
  spawnSync("wrk", ["-t2", `-c${connections}`, "-d2s", url], { encoding: "utf8" });
  const run = spawnSync("wrk", ["-t2", `-c${connections}`, `-d${seconds}s`, "--timeout", "5s", "--latency", url], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`wrk failed on ${url}: ${run.stderr}`);
  return parseWrk(run.stdout);
}
