/**
 * Whether a value has the shape of our primary keys (cuids, better-auth ids).
 * Ids come back from the browser with a form post; anything else is looked
 * up as "not found" without reaching the database, which cannot compare a
 * NUL byte or half a surrogate pair and would fail the request.
 */
export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}
