import crypto from "node:crypto";

type Options = {
  contentType: string;
  /** Seconds a client or proxy may reuse the body without asking again. */
  maxAge: number;
  extraHeaders?: Record<string, string>;
};

/** A strong validator: the same bytes always give the same ETag, on every instance. */
export function bodyEtag(body: string): string {
  return `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** RFC 9110 §13.1.2: weak comparison, so a proxy's W/ prefix still matches. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

// An HTTP date: "Sun, 10 Jan 2027 15:00:00 GMT" (RFC 9110 §5.6.7, IMF-fixdate).
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * RFC 9110 §13.2.2: whether the client's copy is current. If-None-Match
 * decides when sent; otherwise If-Modified-Since, when it is a valid date
 * not in the future and the body has not changed since.
 */
export function isNotModified(
  request: Pick<Request, "headers">,
  etag: string,
  lastModified: string | null,
  now = Date.now(),
): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return matchesIfNoneMatch(ifNoneMatch, etag);
  const ifModifiedSince = request.headers.get("if-modified-since")?.trim();
  if (!ifModifiedSince || !lastModified || !HTTP_DATE.test(ifModifiedSince)) return false;
  const since = Date.parse(ifModifiedSince);
  const modified = Date.parse(lastModified);
  if (Number.isNaN(since) || Number.isNaN(modified) || since > now) return false;
  return modified <= since;
}

const SEEN_KEY = Symbol.for("encuentros.bodiesSeen");
// Feeds and widgets: a few per venue and series, in each language.
const SEEN_PATHS = 2_000;
const holder = globalThis as unknown as { [SEEN_KEY]?: Map<string, { etag: string; since: number }> };

/**
 * When this process first served the body it serves now at this path, to
 * the second: its Last-Modified. Taken from the body rather than from the
 * newest change in the database, because a body also changes when a session
 * is deleted or moved elsewhere, or passes out of the feed's time window,
 * none of which leaves a newer change time behind. Another instance (or a
 * restart) may give a later date for the same body, never an earlier one,
 * so a 304 to If-Modified-Since is always right.
 */
export function bodyUnchangedSince(path: string, etag: string, now = Date.now()): Date {
  holder[SEEN_KEY] ??= new Map();
  const seen = holder[SEEN_KEY];
  const previous = seen.get(path);
  seen.delete(path);
  let since = previous?.etag === etag ? previous.since : Math.floor(now / 1000) * 1000;
  // HTTP dates count whole seconds: a second body within the same second
  // must still be newer than the first.
  if (previous && previous.etag !== etag && since <= previous.since) since = previous.since + 1000;
  seen.set(path, { etag, since });
  // A Map keeps insertion order: the first is the path served longest ago.
  if (seen.size > SEEN_PATHS) seen.delete(seen.keys().next().value!);
  return new Date(since);
}

/**
 * A public, revalidatable response for feeds polled by calendar apps and
 * feed readers, and for the widget: short max-age, ETag from the body,
 * Last-Modified from when the body last changed, and 304 when the client's
 * copy is current by either.
 */
export function cacheableResponse(request: Request, body: string, options: Options): Response {
  const etag = bodyEtag(body);
  const lastModified = bodyUnchangedSince(new URL(request.url).pathname, etag).toUTCString();
  const headers: Record<string, string> = {
    "Cache-Control": `public, max-age=${options.maxAge}`,
    ETag: etag,
    "Last-Modified": lastModified,
    "X-Content-Type-Options": "nosniff",
    ...options.extraHeaders,
  };
  if (isNotModified(request, etag, lastModified)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": options.contentType } });
}
