import type { IncomingMessage, ServerResponse } from "node:http";
import { addAbortSignal } from "node:stream";
import { buffer } from "node:stream/consumers";
import { LRUCache } from "lru-cache";
import { clientIp, isTrustedProxy } from "@/lib/auth/client-ip";
import { databaseIsDown } from "@/lib/db/availability";
import { listenForPublicChanges } from "@/lib/db/public-changes";
import { FORM_BODY_LIMIT_BYTES } from "@/lib/http/body-limit";
import type { Locale } from "@/lib/i18n/locales";
import { canonicalQuery, LISTING_PAGE } from "@/lib/meetings/canonical-query";
import { currentListingDomain } from "@/lib/meetings/listing-domain";
import { PEER_ADDRESS_HEADER, RENDER_HEADER } from "@/lib/server-process/internal-headers.mjs";
import { busyPage, outagePage } from "@/lib/server-process/outage-page";
import { markResidentPost } from "@/lib/server-process/request-log.mjs";
import { type Answer, cachedAnswer, plainAnswer, writeAnswer } from "./answer";
import { cachedEntry, cacheStore } from "./page-cache";
import { asPublic, pageSlots, type RenderRequest, type RenderTarget, renderOnce } from "./render";
import { BUSY } from "./render-slots";
import { matchPublicRoute, missingPagePath, pathLocale, type PublicRoute, staffAreaLocale } from "./routes";

/**
 * Every visitor's request passes here first (lib/server-process/server.mjs
 * calls it), and the boundary decides from allowlists what reaches Next.js:
 *
 * - a residents' route (routes.ts), by GET or HEAD: answered from the page
 *   cache; a miss is rendered by a request the boundary builds (render.ts),
 *   never the visitor's own, so no header a visitor sends (Next.js's RSC,
 *   prefetch, action or middleware headers included) can change what is
 *   rendered or stored. Another spelling of its path is redirected to the
 *   one spelling; a POST only where the page has a form, from this site;
 *   any other method 405;
 * - the staff area, the API, images, QR codes, flyers, Next.js's static
 *   files and a few files at the root: handed to Next.js as they came, when
 *   their path is spelled plainly;
 * - anything else: the residents' not-found page in its language.
 */

export type NextHandler = (request: IncomingMessage, response: ServerResponse) => unknown;
export type BoundaryOptions = RenderTarget & { next: NextHandler; caching: boolean };

const PASSED_PREFIXES = ["/_next/static/", "/api/", "/og/", "/qr/", "/flyer/"];
const PASSED_FILES = new Set(["/", "/robots.txt", "/favicon.ico", "/icon.svg", "/sitemap.xml"]);
// A partner notice's one-click unsubscribe (RFC 8058) is posted by the
// recipient's mail provider, not from this site; its key is its credential.
const OPEN_POSTS = new Set(["/api/unsubscribe"]);
// A path Next.js would read as another (dot segments, encoded slashes, backslashes) is never passed on.
const plainlySpelled = (path: string) => !/\/\.{1,2}(\/|$)|\/\/|%2e|%2f|%5c|\\/i.test(path);
// Believed from TRUSTED_PROXIES only (Next.js checks a server action's Origin against X-Forwarded-Host).
const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];
// After a failed render (database down), the last good copy is served this long before trying again.
const RETRY_AFTER_FAILURE_MS = 1_000;
// Keys rendered lately with a 200 (a save empties the cache, not this) render from the patient pool.
const KNOWN_KEYS = 2_000;
// A form's body must arrive within this: one sent a byte at a time would hold the connection.
const BODY_TIMEOUT_MS = 10_000;
const SAFE_METHODS = new Set(["GET", "HEAD"]);

/**
 * Why a post is refused before anything reads it, or null: it comes from another site (browsers send
 * Origin with every POST), or its body does not say its length (one sent in chunks could be of any
 * size, and Next.js would read it only to fail with a 500) or is past the forms' limit. A body of a
 * declared length is then read and dropped by Node.js (the connection is kept), so a browser that is
 * still sending it reads the 413 rather than a reset connection.
 */
function refusedPost(request: IncomingMessage, fromAnywhere = false): Answer | null {
  const { origin, host } = request.headers;
  if (!fromAnywhere && !(origin && host && URL.parse(origin)?.host === host)) return plainAnswer(403, {}, "Forbidden");
  if (request.headers["transfer-encoding"]) return plainAnswer(411, { connection: "close" });
  if (Number(request.headers["content-length"] ?? 0) > FORM_BODY_LIMIT_BYTES) return plainAnswer(413);
  return null;
}

/** Fires when the visitor goes away before the answer is complete. */
function visitorLeft(response: ServerResponse): AbortSignal {
  const left = new AbortController();
  response.once("close", () => {
    if (!response.writableFinished) left.abort();
  });
  return left.signal;
}

export function createBoundary(options: BoundaryOptions) {
  const knownKeys = new LRUCache<string, true>({ max: KNOWN_KEYS });
  let lastRenderFailure = 0;

  async function serveKey(
    request: IncomingMessage,
    response: ServerResponse,
    render: RenderRequest,
    locale: Locale,
  ): Promise<Answer> {
    listenForPublicChanges();
    const hit = cachedEntry(render.key);
    if (hit?.fresh) return cachedAnswer(request, hit.entry, "hit");
    if (hit && Date.now() - lastRenderFailure < RETRY_AFTER_FAILURE_MS)
      return cachedAnswer(request, hit.entry, "stale");
    const patient = render.patient || Boolean(hit) || knownKeys.has(render.key);
    const rendered = await renderOnce(options, { ...render, patient }, visitorLeft(response));
    const isPage = render.body === "page";
    if (rendered === BUSY) return hit ? cachedAnswer(request, hit.entry, "stale") : busyPage(locale, isPage);
    if ("etag" in rendered) {
      knownKeys.set(render.key, true);
      return cachedAnswer(request, rendered, "miss");
    }
    if (rendered.status >= 500) {
      lastRenderFailure = Date.now();
      // The last good copy beats an error page; without one, a page that failed because the
      // database is down (answered 503, see outage-response.mjs) says so in its language.
      if (hit) return cachedAnswer(request, hit.entry, "stale");
      if (rendered.status === 503 && isPage) return outagePage(locale);
    }
    // A page that says "not found" (a page number past the last…) gets the residents' not-found
    // page: Next.js's own is an empty shell that needs its scripts to draw (vercel/next.js#62228).
    if (rendered.status === 404 && isPage && render.key !== missingPagePath(locale))
      return notFound(request, response, `/${locale}`);
    return rendered;
  }

  async function servePage(request: IncomingMessage, response: ServerResponse, route: PublicRoute, search: string) {
    const params = new URLSearchParams(search);
    let query = canonicalQuery(route.name, params);
    if (query.search && route.name === LISTING_PAGE) {
      const domain = await currentListingDomain(cacheStore().generation);
      if (domain) query = canonicalQuery(route.name, params, domain);
    }
    if (!query.asked) return plainAnswer(307, { location: `${route.path}${query.search}` });
    if (!options.caching) return void options.next(request, response);
    const key = `${route.path}${query.search}`;
    const render = { key, body: route.body, expectStatus: 200, patient: !query.search };
    return serveKey(request, response, render, route.locale);
  }

  /** A form post on a residents' page: from this site, small, rendered in the page pool, never stored. */
  async function postForm(request: IncomingMessage, response: ServerResponse, route: PublicRoute) {
    markResidentPost(response);
    const refused = refusedPost(request);
    if (refused) return refused;
    // Null when the body did not come whole in time: the connection is then gone.
    const body = await buffer(addAbortSignal(AbortSignal.timeout(BODY_TIMEOUT_MS), request)).catch(() => null);
    if (!body) return plainAnswer(408, { connection: "close" });
    const headers = {
      [RENDER_HEADER]: options.token,
      [PEER_ADDRESS_HEADER]: clientIp(new Headers(request.headers as Record<string, string>)),
      "content-type": request.headers["content-type"] ?? "application/octet-stream",
      origin: options.origin,
      accept: "text/html",
      "accept-encoding": "identity",
    };
    const signal = visitorLeft(response);
    const answer = await pageSlots(async () => {
      const init = { method: "POST", headers, body: new Uint8Array(body), redirect: "manual", signal } as const;
      const rendered = await fetch(`${options.origin}${route.path}`, init);
      return (await asPublic(rendered, new Uint8Array(await rendered.arrayBuffer()), "page")).answer;
    }).catch(() => BUSY);
    if (typeof answer === "symbol") return busyPage(route.locale);
    const headersOut = answer.headers.filter(([name]) => name !== "cache-control");
    return { ...answer, headers: [...headersOut, ["cache-control", "private, no-store"]] } satisfies Answer;
  }

  function notFound(request: IncomingMessage, response: ServerResponse, rawPath: string): Promise<Answer> | Answer {
    if (!SAFE_METHODS.has(request.method ?? "")) return plainAnswer(404);
    const locale = pathLocale(rawPath);
    const key = missingPagePath(locale);
    return serveKey(request, response, { key, body: "page", expectStatus: 404, patient: true }, locale);
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<Answer | void> {
    const target = request.url ?? "";
    if (!target.startsWith("/")) return plainAnswer(400);
    const [rawPath = "", query] = target.split(/\?(.*)/s);
    const search = query === undefined ? "" : `?${query}`;
    const method = request.method ?? "";

    const passed =
      PASSED_FILES.has(rawPath) ||
      PASSED_PREFIXES.some((prefix) => rawPath.startsWith(prefix)) ||
      staffAreaLocale(rawPath) !== null ||
      (!options.caching && rawPath.startsWith("/_next/"));
    if (passed && plainlySpelled(rawPath)) {
      const refused =
        SAFE_METHODS.has(method) || method === "OPTIONS" ? null : refusedPost(request, OPEN_POSTS.has(rawPath));
      if (refused) return refused;
      if (!isTrustedProxy(request.socket.remoteAddress ?? ""))
        for (const name of FORWARDED) delete request.headers[name];
      // Next.js's marker for its own middleware subrequests (CVE-2025-29927): never a visitor's to send.
      delete request.headers["x-middleware-subrequest"];
      return void options.next(request, response);
    }

    const match = matchPublicRoute(rawPath);
    if (!match) return notFound(request, response, rawPath);
    if ("redirect" in match) return plainAnswer(308, { location: `${match.redirect}${search}` });
    if (SAFE_METHODS.has(method)) return servePage(request, response, match, search);
    if (method === "POST" && match.takesPosts) return postForm(request, response, match);
    return plainAnswer(405, { allow: match.takesPosts ? "GET, HEAD, POST" : "GET, HEAD" });
  }

  const boundary = async (request: IncomingMessage, response: ServerResponse) => {
    const answer = await route(request, response);
    if (answer) writeAnswer(request, response, answer);
  };
  // For the server's response class (outage-response.mjs), which turns Next.js's 500 into 503 during an outage.
  return Object.assign(boundary, { databaseIsDown });
}

export type Boundary = ReturnType<typeof createBoundary>;

/** Called from instrumentation.ts, so the boundary shares the app's modules: hands it to server.mjs, which waits for it. */
export function installBoundary(): void {
  const receive = (globalThis as Record<symbol, unknown>)[Symbol.for("encuentros.receiveBoundary")];
  if (typeof receive === "function") receive(createBoundary);
}
