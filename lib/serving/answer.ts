import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";
import { isNotModified } from "@/lib/http/cacheable-response";
import type { CachedResponse } from "./page-cache";

/** A whole answer, written by the boundary itself (never streamed). */
export type Answer = { status: number; headers: [string, string][]; body: Uint8Array | null };

// Lets a shared cache keep a copy for one second.
const SHARED_CACHE_SECONDS = 1;
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
  let star = false;
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [coding, ...params] = part.trim().split(";");
    const refused = params.some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param));
    if (coding === "gzip") return !refused;
    if (coding === "*") star = !refused;
  }
  return star;
}

/**
 * For nginx (lib/deploy/nginx-site.conf), which counts cache lifetimes in
 * whole seconds: `s-maxage=1` would keep a copy one to two seconds. An
 * absolute expiry at the current second keeps it until that second ends,
 * at most one second (nginx reads X-Accel-Expires first and does not pass
 * it on to browsers). Assumes the app's and nginx's clocks agree (NTP); if
 * the app's runs behind, nginx simply refreshes more often.
 */
export function reverseProxyExpiry(now = Date.now()): string {
  return `@${Math.floor(now / 1000)}`;
}

/**
 * Browsers revalidate pages every time (a 304 with the ETag costs a few
 * bytes); a shared cache in front may keep any public answer one second.
 */
export function sharedCacheControl(original: string | null, isPage: boolean): string {
  if (isPage || !original?.includes("public"))
    return `public, max-age=0, must-revalidate, s-maxage=${SHARED_CACHE_SECONDS}`;
  return `${original}, s-maxage=${SHARED_CACHE_SECONDS}`;
}

function one(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === "string" ? value : null;
}

/** A stored page or file as this client should get it: 304 when its copy is current, gzip when it takes it. */
export function cachedAnswer(request: IncomingMessage, entry: CachedResponse, state: "hit" | "miss" | "stale"): Answer {
  const headers: [string, string][] = [
    ...entry.headers,
    ["etag", entry.etag],
    ["x-encuentros-cache", state],
    ["x-accel-expires", reverseProxyExpiry()],
  ];
  const conditional = new Headers();
  for (const name of ["if-none-match", "if-modified-since"])
    if (one(request, name) !== null) conditional.set(name, one(request, name)!);
  const lastModified = entry.headers.find(([name]) => name === "last-modified")?.[1] ?? null;
  if (isNotModified({ headers: conditional }, entry.etag, lastModified)) return { status: 304, headers, body: null };
  const type = entry.headers.find(([name]) => name === "content-type")?.[1] ?? "";
  if (entry.body.byteLength < 1024 || !COMPRESSIBLE.test(type))
    return { status: entry.status, headers, body: entry.body };
  headers.push(["vary", "Accept-Encoding"]);
  if (!acceptsGzip(one(request, "accept-encoding") ?? undefined))
    return { status: entry.status, headers, body: entry.body };
  let body = gzipped.get(entry);
  if (!body) gzipped.set(entry, (body = zlib.gzipSync(entry.body)));
  headers.push(["content-encoding", "gzip"]);
  return { status: entry.status, headers, body };
}
