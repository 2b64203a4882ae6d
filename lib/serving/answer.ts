import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";
import Negotiator from "negotiator";
import { isNotModified } from "@/lib/http/cacheable-response";
import type { CachedResponse } from "./page-cache";

/** A whole answer, written by the boundary itself (never streamed). */
export type Answer = { status: number; headers: [string, string][]; body: Uint8Array | null };

// Bodies worth compressing, as Next.js's own compression would: text of 1 kB or more.
const COMPRESSIBLE = /^(text\/|application\/(?:[\w.+-]*\+)?(?:xml|json|javascript)\b)/;
const gzipped = new WeakMap<CachedResponse, Buffer>();

export function writeAnswer(request: IncomingMessage, response: ServerResponse, answer: Answer): void {
  if (response.headersSent || response.destroyed) return;
  for (const [name, value] of answer.headers) response.appendHeader(name, value);
  response.statusCode = answer.status;
  if (answer.body) response.setHeader("content-length", answer.body.byteLength);
  response.end(request.method === "HEAD" || !answer.body ? undefined : answer.body);
}

/** A short answer of the boundary's own (a redirect, 404, 405…), never stored by anyone. */
export function plainAnswer(status: number, headers: Record<string, string> = {}, text = ""): Answer {
  const list: [string, string][] = Object.entries({ "cache-control": "no-store", ...headers });
  if (text) list.push(["content-type", "text/plain; charset=utf-8"]);
  return { status, headers: list, body: text ? new TextEncoder().encode(text) : null };
}

/** Whether the client takes gzip (a q=0 refuses it, `*` accepts it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return new Negotiator({ headers: { "accept-encoding": acceptEncoding } }).encoding(["gzip", "identity"]) === "gzip";
}

/**
 * Browsers revalidate pages every time (a 304 with the ETag costs a few bytes); a shared cache in
 * front may keep any public answer one second.
 */
export function sharedCacheControl(original: string | null, isPage: boolean): string {
  if (isPage || !original?.includes("public")) return "public, max-age=0, must-revalidate, s-maxage=1";
  return `${original}, s-maxage=1`;
}

/** A stored page or file as this client should get it: 304 when its copy is current, gzip when it takes it. */
export function cachedAnswer(request: IncomingMessage, entry: CachedResponse, state: "hit" | "miss" | "stale"): Answer {
  const header = (name: string) => entry.headers.find(([key]) => key === name)?.[1] ?? null;
  const headers: [string, string][] = [
    ...entry.headers,
    ["etag", entry.etag],
    ["x-encuentros-cache", state],
    // For nginx (lib/deploy/nginx-site.conf), which counts lifetimes in whole seconds (s-maxage=1 would
    // keep a copy up to two): until the end of this second. It reads this first and does not pass it on.
    ["x-accel-expires", `@${Math.floor(Date.now() / 1000)}`],
  ];
  const conditional = new Headers();
  for (const name of ["if-none-match", "if-modified-since"]) {
    const value = request.headers[name];
    if (typeof value === "string") conditional.set(name, value);
  }
  if (isNotModified({ headers: conditional }, entry.etag, header("last-modified")))
    return { status: 304, headers, body: null };
  if (entry.body.byteLength < 1024 || !COMPRESSIBLE.test(header("content-type") ?? ""))
    return { status: entry.status, headers, body: entry.body };
  headers.push(["vary", "Accept-Encoding"]);
  if (!acceptsGzip(request.headers["accept-encoding"])) return { status: entry.status, headers, body: entry.body };
  let body = gzipped.get(entry);
  if (!body) gzipped.set(entry, (body = zlib.gzipSync(entry.body)));
  headers.push(["content-encoding", "gzip"]);
  return { status: entry.status, headers, body };
}
