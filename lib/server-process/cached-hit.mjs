// @ts-check
/**
 * Pages and feeds already in the app's cache are sent from here, before
 * Next.js sees the request: lib/cache/serve-cached.ts puts its lookup on
 * globalThis once the app has served its first public page, and the answer
 * is the one the app itself would give (headers, ETag, 304, gzip). Sending
 * it this way costs a small fraction of a trip through Next.js, which keeps
 * cached pages quick while the server is busy with other requests.
 */

const HIT_KEY = Symbol.for("encuentros.cachedHit");

/**
 * @typedef {{ status: number; headers: [string, string][]; body: Uint8Array | null }} CachedHit
 * @typedef {(method: string, url: string, headers: import("node:http").IncomingHttpHeaders) => CachedHit | null} Lookup
 */

/**
 * True when the response was sent from the cache.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
export function sendCachedHit(request, response) {
  const lookup = /** @type {{ [HIT_KEY]?: Lookup }} */ (/** @type {unknown} */ (globalThis))[HIT_KEY];
  if (!lookup || !request.url || !request.method) return false;
  // A request with a body is never a page read.
  if (request.headers["content-length"] && request.headers["content-length"] !== "0") return false;
  const hit = lookup(request.method, request.url, request.headers);
  if (!hit) return false;
  for (const [name, value] of hit.headers) response.appendHeader(name, value);
  response.statusCode = hit.status;
  if (hit.body) response.setHeader("content-length", hit.body.byteLength);
  response.end(hit.body ?? undefined);
  return true;
}
