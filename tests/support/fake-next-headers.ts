import { PEER_ADDRESS_HEADER } from "@/lib/server-process/internal-headers.mjs";

/**
 * Stands in for `next/headers` when integration tests call server actions
 * directly: the request's cookies are whatever `useRequestCookies` last set,
 * so an action sees the same session it would in the app.
 * Use with `vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"))`.
 */
let cookieHeader = "";

export function useRequestCookies(header: string): void {
  cookieHeader = header;
}

let peerAddress = "203.0.113.7";

/** The address the request "came from", as the server stamps it (lib/server-process/internal-headers.mjs). */
export function useRequestAddress(address: string): void {
  peerAddress = address;
}

let otherHeaders: Record<string, string> = {};

/**
 * Further request headers, until the next call: `next-action` for a post
 * made by the page's JavaScript (Next.js sends it; a plain form post without
 * JavaScript has none), `referer` for the page a form was posted from.
 */
export function useRequestHeaders(extra: Record<string, string>): void {
  otherHeaders = extra;
}

/** A post made by the page's JavaScript, as Next.js sends one. */
export const SCRIPTED_POST = { "next-action": "0123456789abcdef" } as const;

export async function headers(): Promise<Headers> {
  return new Headers({
    ...otherHeaders,
    [PEER_ADDRESS_HEADER]: peerAddress,
    ...(cookieHeader ? { cookie: cookieHeader } : {}),
  });
}

// better-auth's nextCookies plugin writes the response cookies here; tests read them from its answer instead.
export async function cookies() {
  return { get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined };
}
