import crypto from "node:crypto";

type Options = {
  contentType: string;
  /** The latest change among the things in the body, when known. */
  lastModified?: Date;
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

/**
 * A public, revalidatable response for feeds polled by calendar apps and
 * feed readers: short max-age, ETag from the body, 304 when the client's
 * copy is current. If-Modified-Since alone is not trusted (a removed
 * session changes the body but not the newest change time), so such
 * clients get the full body.
 */
export function cacheableResponse(request: Request, body: string, options: Options): Response {
  const etag = bodyEtag(body);
  const headers: Record<string, string> = {
    "Cache-Control": `public, max-age=${options.maxAge}`,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    ...options.extraHeaders,
  };
  if (options.lastModified) headers["Last-Modified"] = options.lastModified.toUTCString();
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { headers: { ...headers, "Content-Type": options.contentType } });
}
