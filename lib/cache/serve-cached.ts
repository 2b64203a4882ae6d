import crypto from "node:crypto";
import type { NextRequest } from "next/server";
import { loopbackOrigin } from "@/lib/env";
import { matchesIfNoneMatch } from "@/lib/http/cacheable-response";
import { listenForPublicChanges } from "./change-listener";
import { outagePage } from "./outage-page";
import { type CachedResponse, type UncachedResponse, cacheStore, cachedEntry, makeEntry, storeEntry } from "./public-cache";

/**
 * The residents' pages and feeds, served by proxy.ts from memory.
 *
 * A miss renders the page once through this same server (a loopback
 * request marked with a per-process token, which the proxy lets through to
 * Next.js as usual), keeps the response if it is a 200 without cookies,
 * and answers every request for that URL from memory until a staff save or
 * the minute runs out. The cached HTML keeps the nonce it was rendered with,
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
// Next.js sets these again (compression, framing) on the way out.
const DROPPED_HEADERS = new Set(["connection", "content-encoding", "content-length", "date", "keep-alive", "transfer-encoding", "vary"]);

const TOKEN_KEY = Symbol.for("encuentros.renderToken");
const holder = globalThis as unknown as { [TOKEN_KEY]?: string; encuentrosLastRenderFailure?: number };

function renderToken(): string {
  holder[TOKEN_KEY] ??= crypto.randomBytes(18).toString("base64url");
  return holder[TOKEN_KEY];
}

/** The cache key of a request the cache may answer, or null. */
export function publicCacheKey(request: NextRequest): string | null {
  if (process.env.NODE_ENV !== "production") return null;
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.headers.get(RENDER_HEADER) === renderToken()) return null;
  // React Server Component and server-action requests are not pages.
  if (request.headers.has("rsc") || request.headers.has("next-action")) return null;
  const { pathname, search } = request.nextUrl;
  if (!PUBLIC_PAGE.test(pathname) && !PUBLIC_FILE.test(pathname)) return null;
  return `${pathname}${search}`;
}

export async function serveFromCache(request: NextRequest, key: string): Promise<Response> {
  listenForPublicChanges();
  const hit = cachedEntry(key);
  if (hit?.fresh) return respond(request, hit.entry, "hit");
  const failedRecently = Date.now() - (holder.encuentrosLastRenderFailure ?? 0) < RETRY_AFTER_FAILURE_MS;
  if (hit && failedRecently) return respond(request, hit.entry, "stale");

  const rendered = await renderOnce(request, key);
  if ("etag" in rendered) return respond(request, rendered, "miss");
  if (rendered.status >= 500) {
    holder.encuentrosLastRenderFailure = Date.now();
    // The last good copy beats an error page while the database is away;
    // without one, a page says so in its language, JavaScript or not.
    if (hit) return respond(request, hit.entry, "stale");
    if (PUBLIC_PAGE.test(request.nextUrl.pathname)) return outagePage(request.nextUrl.pathname);
  }
  return new Response(request.method === "HEAD" ? null : rendered.body, { status: rendered.status, headers: rendered.headers });
}

function renderOnce(request: NextRequest, key: string): Promise<CachedResponse | UncachedResponse> {
  const { pending } = cacheStore();
  const underway = pending.get(key);
  if (underway) return underway;
  const render = renderThroughApp(request, key).finally(() => {
    if (pending.get(key) === render) pending.delete(key);
  });
  pending.set(key, render);
  return render;
}

async function renderThroughApp(request: NextRequest, key: string): Promise<CachedResponse | UncachedResponse> {
  const generation = cacheStore().generation;
  const headers = new Headers(request.headers);
  // What a cached copy may not depend on: nobody's cookies or validators.
  for (const name of ["cookie", "authorization", "if-none-match", "if-modified-since", "range", "host", "connection", "content-length"]) {
    headers.delete(name);
  }
  headers.set(RENDER_HEADER, renderToken());
  let response: Response;
  try {
    // The loopback never leaves the machine.
    response = await fetch(`${loopbackOrigin()}${key}`, { method: "GET", headers, redirect: "manual", cache: "no-store" });
  } catch {
    return { status: 502, headers: [["content-type", "text/plain; charset=utf-8"]], body: new TextEncoder().encode("Bad gateway") };
  }
  const body = new Uint8Array(await response.arrayBuffer());
  const kept = keptHeaders(response.headers, PUBLIC_PAGE.test(new URL(key, "http://x").pathname));
  if (response.status !== 200 || response.headers.has("set-cookie")) return { status: response.status, headers: kept, body };
  const entry = makeEntry(200, kept, body);
  storeEntry(key, entry, generation);
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
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), entry.etag)) return new Response(null, { status: 304, headers });
  // Next.js compresses the body on its way out, as for every response.
  return new Response(request.method === "HEAD" ? null : entry.body, { status: entry.status, headers });
}
