import crypto from "node:crypto";
import zlib from "node:zlib";
import type { NextRequest } from "next/server";
import { loopbackOrigin } from "@/lib/env";
import { isNotModified } from "@/lib/http/cacheable-response";
import { writeLog } from "@/lib/logging/log.mjs";
import { canonicalQuery, isListingPath } from "./canonical-query";
import { listenForPublicChanges } from "./change-listener";
import { plainPageBody } from "./framework-scripts";
import { currentListingDomain } from "./listing-domain";
import { busyPage, BUSY_RETRY_AFTER_SECONDS, outagePage } from "./outage-page";
import { type CachedResponse, type PendingRender, type UncachedResponse, cacheStore, cachedEntry, makeEntry, storeEntry } from "./public-cache";
import { BUSY, createRenderSlots } from "./render-slots";

/**
 * The residents' pages and feeds, served by proxy.ts from memory.
 *
 * A miss renders the page once through this same server (a loopback
 * request marked with a per-process token, which the proxy lets through to
 * Next.js as usual), a few at a time (render-slots.ts), keeps the response
 * if it is a 200 without cookies, and answers every request for that URL
 * from memory until a staff save or the minute runs out. A page is kept
 * without the framework's scripts (framework-scripts.ts). The cached HTML keeps the nonce it was rendered with,
 * and its Content-Security-Policy header carries that same nonce: the
 * policy and the page always agree, and a new nonce comes with each render.
 */

const RENDER_HEADER = "x-encuentros-render";
// Public pages: /en, /es and below, except the staff area.
const PUBLIC_PAGE = /^\/(en|es)(\/(?!admin(\/|$)).*)?$/;
const PUBLIC_FILE = /^\/(ics|feeds|embed)\//;
// A failed render (database down) is not retried for this long while a
// last good copy can be served instead.
const RETRY_AFTER_FAILURE_MS = 1_000;
// Lets a shared cache keep a copy for one second.
const SHARED_CACHE_SECONDS = 1;
// Next.js sets these again (compression, framing) on the way out; the
// request id is the render's own, not that of the request answered.
// x-request-id and strict-transport-security: the server preload puts them on every response, a cached one too.
const DROPPED_HEADERS = new Set(["connection", "content-encoding", "content-length", "date", "keep-alive", "transfer-encoding", "vary", "x-request-id", "strict-transport-security"]);

// Pages themselves (no query string) and pages the cache held before
// (emptied by a save, or past their minute) are the ones residents read: a
// pool of their own, patient. Other URLs (filter values the cache has not
// seen: what a flood of made-up ones looks like) take turns, one render at
// a time and at most a third of the time; past four waiting, another waits a
// second at most.
const pageSlots = createRenderSlots({ concurrency: 6, waitMs: 10_000, patientWaiters: Infinity, crowdedWaitMs: 0, maxWaiting: 200 });
const newQuerySlots = createRenderSlots({ concurrency: 1, waitMs: 10_000, patientWaiters: 4, crowdedWaitMs: 1_000, maxWaiting: 100, dutyCycle: 1 / 3 });
// A render that has not answered by then is not going to help the visitor
// (the very first renders after a start can take several seconds).
const RENDER_TIMEOUT_MS = 20_000;
// Keys rendered with a 200 lately (a save empties the cache, not this), so
// they render from the patient pool when they miss again.
const KNOWN_KEYS = 2_000;
const knownKeys = new Set<string>();

function rememberKey(key: string): void {
  knownKeys.delete(key);
  knownKeys.add(key);
  // A Set keeps insertion order: the first is the one rendered longest ago.
  if (knownKeys.size > KNOWN_KEYS) knownKeys.delete(knownKeys.values().next().value!);
}

const TOKEN_KEY = Symbol.for("encuentros.renderToken");
// Set by the server preload (lib/server-process/render-listener.mjs): a
// listener of its own that stays open while the server drains on SIGTERM.
const ORIGIN_KEY = Symbol.for("encuentros.renderOrigin");
const holder = globalThis as unknown as { [TOKEN_KEY]?: string; [ORIGIN_KEY]?: string; encuentrosLastRenderFailure?: number };

function renderToken(): string {
  holder[TOKEN_KEY] ??= crypto.randomBytes(18).toString("base64url");
  return holder[TOKEN_KEY];
}

export type PublicTarget = { key: string } | { redirect: string };

/**
 * For a residents' page or feed: where a link with values the page cannot
 * show should go instead, or (in production) the cache key, which is the
 * path plus the parameters the page reads in a fixed order. Null for
 * everything else.
 */
export async function publicTarget(request: NextRequest): Promise<PublicTarget | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers.get(RENDER_HEADER) === renderToken()) return null;
  // React Server Component and server-action requests are not pages.
  if (request.headers.has("rsc") || request.headers.has("next-action")) return null;
  const { pathname, searchParams } = request.nextUrl;
  if (!PUBLIC_PAGE.test(pathname) && !PUBLIC_FILE.test(pathname)) return null;
  let query = canonicalQuery(pathname, searchParams);
  if (query.search && isListingPath(pathname)) {
    const domain = await currentListingDomain();
    if (domain) query = canonicalQuery(pathname, searchParams, domain);
  }
  if (!query.asked) return { redirect: `${pathname}${query.search}` };
  if (process.env.NODE_ENV !== "production") return null;
  return { key: `${pathname}${query.search}` };
}

/** Next.js turns it into a relative Location (same host), so it never depends on the Host header. */
export function redirectTo(request: NextRequest, location: string): Response {
  return new Response(null, { status: 307, headers: { location: new URL(location, request.url).toString(), "cache-control": "no-store" } });
}

export async function serveFromCache(request: NextRequest, key: string): Promise<Response> {
  listenForPublicChanges();
  hitHolder[HIT_KEY] ??= cachedHit;
  const hit = cachedEntry(key);
  if (hit?.fresh) return respond(request, hit.entry, "hit");
  const failedRecently = Date.now() - (holder.encuentrosLastRenderFailure ?? 0) < RETRY_AFTER_FAILURE_MS;
  if (hit && failedRecently) return respond(request, hit.entry, "stale");

  const rendered = await renderOnce(request, key, Boolean(hit) || knownKeys.has(key) || !key.includes("?"));
  if (rendered === BUSY) {
    if (hit) return respond(request, hit.entry, "stale");
    return busy(request);
  }
  if ("etag" in rendered) return respond(request, rendered, "miss");
  if (rendered.status >= 500) {
    holder.encuentrosLastRenderFailure = Date.now();
    // The last good copy beats an error page; without one, a page that
    // failed because the database is down (the only failure answered 503,
    // see lib/db/outage-status.ts) says so in its language, JavaScript or
    // not. Any other failure is the app's own error page.
    if (hit) return respond(request, hit.entry, "stale");
    if (rendered.status === 503 && PUBLIC_PAGE.test(request.nextUrl.pathname)) return outagePage(request.nextUrl.pathname);
  }
  return new Response(request.method === "HEAD" ? null : rendered.body, { status: rendered.status, headers: rendered.headers });
}

const HIT_KEY = Symbol.for("encuentros.cachedHit");
const hitHolder = globalThis as unknown as { [HIT_KEY]?: typeof cachedHit };
// Bodies worth compressing, as Next.js's own compression would: text of 1 kB or more.
const COMPRESSIBLE = /^(text\/|application\/(?:[\w.+-]*\+)?(?:xml|json|javascript)\b)/;
const gzipped = new WeakMap<CachedResponse, Buffer>();

export type CachedHit = { status: number; headers: [string, string][]; body: Uint8Array | null };

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
 * A fresh cached page or feed, for the server preload to send before
 * Next.js sees the request (lib/server-process/cached-hit.mjs): the answer
 * serveFromCache gives (same headers, ETag and 304s), at a fraction of the
 * cost, so pages people already read stay quick however many other requests
 * arrive. Only a URL that is itself a cache key (its canonical form) is
 * answered here; anything else, and every miss, goes through Next.js.
 */
function cachedHit(method: string, url: string, requestHeaders: Record<string, string | string[] | undefined>): CachedHit | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (requestHeaders.rsc !== undefined || requestHeaders["next-action"] !== undefined || requestHeaders[RENDER_HEADER] !== undefined) return null;
  const pathname = url.split("?", 1)[0]!;
  if (!PUBLIC_PAGE.test(pathname) && !PUBLIC_FILE.test(pathname)) return null;
  const hit = cachedEntry(url);
  if (!hit?.fresh) return null;
  const one = (name: string) => {
    const value = requestHeaders[name];
    return typeof value === "string" ? value : null;
  };
  const conditional = new Headers();
  for (const name of ["if-none-match", "if-modified-since"]) if (one(name) !== null) conditional.set(name, one(name)!);
  const { entry } = hit;
  const headers: [string, string][] = [...entry.headers, ["etag", entry.etag], ["x-encuentros-cache", "hit"], ["x-accel-expires", reverseProxyExpiry()]];
  const lastModified = entry.headers.find(([name]) => name === "last-modified")?.[1] ?? null;
  if (isNotModified({ headers: conditional }, entry.etag, lastModified)) return { status: 304, headers, body: null };
  const type = entry.headers.find(([name]) => name === "content-type")?.[1] ?? "";
  if (entry.body.byteLength < 1024 || !COMPRESSIBLE.test(type)) return { status: entry.status, headers, body: method === "HEAD" ? null : entry.body };
  headers.push(["vary", "Accept-Encoding"]);
  if (!acceptsGzip(one("accept-encoding") ?? undefined)) return { status: entry.status, headers, body: method === "HEAD" ? null : entry.body };
  let body = gzipped.get(entry);
  if (!body) gzipped.set(entry, (body = zlib.gzipSync(entry.body)));
  headers.push(["content-encoding", "gzip"]);
  return { status: entry.status, headers, body: method === "HEAD" ? null : body };
}

function busy(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  if (PUBLIC_PAGE.test(pathname)) return busyPage(pathname);
  return new Response(null, { status: 503, headers: { "retry-after": String(BUSY_RETRY_AFTER_SECONDS), "cache-control": "no-store" } });
}

/**
 * One render per URL at a time: a request joins the render under way,
 * unless that one began reading before the latest save. A render still
 * waiting for its turn reads after the save, so requests keep joining it.
 */
function renderOnce(request: NextRequest, key: string, patient: boolean): Promise<RenderResult> {
  const store = cacheStore();
  const underway = store.pending.get(key);
  if (underway && (underway.generation === null || underway.generation === store.generation)) return underway.result;
  const began: Pick<PendingRender, "generation"> = { generation: null };
  const slots = patient ? pageSlots : newQuerySlots;
  const result = slots(() => {
    const generation = store.generation;
    began.generation = generation;
    return renderThroughApp(request, key, generation);
  }).finally(() => {
    if (store.pending.get(key) === render) store.pending.delete(key);
  });
  const render: PendingRender = Object.assign(began, { result });
  store.pending.set(key, render);
  return result;
}

type RenderResult = CachedResponse | UncachedResponse | typeof BUSY;

function renderOrigin(): string {
  // Without the preload's render listener: the server's own port, on an
  // address of this machine (HOST may not be 127.0.0.1).
  return holder[ORIGIN_KEY] ?? loopbackOrigin();
}

/** What went wrong, for the operator: no query string (see lib/logging/log.mjs). */
function logRenderFailure(key: string, cause: Record<string, unknown>): void {
  writeLog("error", "cache.render.failed", { path: new URL(key, "http://x").pathname, ...cause });
}

async function renderThroughApp(request: NextRequest, key: string, generation: number): Promise<RenderResult> {
  const headers = new Headers(request.headers);
  // What a cached copy may not depend on: nobody's cookies or validators.
  for (const name of ["cookie", "authorization", "if-none-match", "if-modified-since", "range", "host", "connection", "content-length"]) {
    headers.delete(name);
  }
  headers.set(RENDER_HEADER, renderToken());
  let response: Response;
  let body: Uint8Array<ArrayBuffer>;
  try {
    const signal = AbortSignal.timeout(RENDER_TIMEOUT_MS);
    response = await fetch(`${renderOrigin()}${key}`, { method: "GET", headers, redirect: "manual", cache: "no-store", signal });
    body = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    // Not the database (that answers 503): the loopback itself failed or
    // timed out. The visitor is asked to come back in a moment.
    const name = error instanceof Error ? error.name : "unknown";
    const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
    logRenderFailure(key, { cause: name === "TimeoutError" ? "timeout" : typeof code === "string" ? code : name });
    return BUSY;
  }
  if (response.status >= 500) logRenderFailure(key, { cause: `status ${response.status}`, renderRequestId: response.headers.get("x-request-id") });
  const isPage = PUBLIC_PAGE.test(new URL(key, "http://x").pathname);
  const kept = keptHeaders(response.headers, isPage);
  if (response.status !== 200 || response.headers.has("set-cookie")) return { status: response.status, headers: kept, body };
  // The entry's own ETag (makeEntry) describes the page as it is sent.
  const entry = isPage
    ? makeEntry(200, kept.filter(([name]) => name !== "etag"), plainPageBody(body, response.headers.get("content-type")))
    : makeEntry(200, kept, body);
  storeEntry(key, entry, generation);
  rememberKey(key);
  return entry;
}

function keptHeaders(source: Headers, isPage: boolean): [string, string][] {
  const kept: [string, string][] = [];
  source.forEach((value, name) => {
    if (DROPPED_HEADERS.has(name) || name.startsWith("x-middleware-") || name === "set-cookie") return;
    if (name === "cache-control") return;
    kept.push([name, value]);
  });
  kept.push(["cache-control", sharedCacheControl(source.get("cache-control"), isPage)]);
  return kept;
}

/**
 * Browsers revalidate pages every time (a 304 with the ETag costs a few
 * bytes); a shared cache in front may keep any public answer one second.
 */
function sharedCacheControl(original: string | null, isPage: boolean): string {
  if (isPage || !original?.includes("public")) return `public, max-age=0, must-revalidate, s-maxage=${SHARED_CACHE_SECONDS}`;
  return `${original}, s-maxage=${SHARED_CACHE_SECONDS}`;
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

function respond(request: NextRequest, entry: CachedResponse, state: "hit" | "miss" | "stale"): Response {
  const headers = new Headers(entry.headers);
  headers.set("etag", entry.etag);
  headers.set("x-encuentros-cache", state);
  headers.set("x-accel-expires", reverseProxyExpiry());
  if (isNotModified(request, entry.etag, headers.get("last-modified"))) return new Response(null, { status: 304, headers });
  // Next.js compresses the body on its way out, as for every response.
  return new Response(request.method === "HEAD" ? null : entry.body, { status: entry.status, headers });
}
