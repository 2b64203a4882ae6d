import { randomBytes } from "node:crypto";
import { absoluteUrl } from "@/lib/env";

/** The route that stops a contact's notices (app/api/unsubscribe/route.ts); the key goes in the query, which the request log never writes. */
export const UNSUBSCRIBE_PATH = "/api/unsubscribe";

/** A contact's unsubscribe key: 256 random bits, as 43 URL-safe characters. */
export function newUnsubscribeToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Whether a string could be such a key (anything else is refused without a query). */
export function isUnsubscribeToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** The one-click unsubscribe address of a contact's notices (List-Unsubscribe, and the link in each notice). */
export function unsubscribeUrl(token: string): string {
  return absoluteUrl(`${UNSUBSCRIBE_PATH}?t=${token}`);
}
