/** A cookie's value from a request's Cookie header, decoded, or null. */
export function readCookie(requestHeaders: Headers, name: string): string | null {
  for (const part of (requestHeaders.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

/** The unsigned part of a better-auth signed cookie ("<value>.<signature>"), or null. */
export function unsignedPart(signed: string | null): string | null {
  if (!signed) return null;
  const dot = signed.lastIndexOf(".");
  return dot > 0 ? signed.slice(0, dot) : null;
}
