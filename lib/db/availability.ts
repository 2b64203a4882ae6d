/**
 * Is the database reachable? Errors are classified once here, for the CLI's
 * one-sentence explanations (errors.ts) and for the running app: a save that
 * failed because the database is down says "try again" and keeps the form,
 * and a page that failed for that reason answers 503 (instrumentation.ts).
 */

export const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ECONNRESET",
]);

// Server going away or not yet accepting connections (57P01 admin shutdown,
// 57P02 crash shutdown, 57P03 starting up), class 08 connection exceptions,
// and the driver adapter's and Prisma's names for an unreachable server.
const UNAVAILABLE_CODES = new Set([
  ...CONNECTION_CODES,
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08006",
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "P1001",
  "P1002",
  "P1017",
]);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
];

/** Every error code found on an error, its causes, Prisma's meta and the driver adapter's error. */
export function errorCodes(error: unknown, seen = new Set<unknown>()): string[] {
  if (!error || typeof error !== "object" || seen.has(error)) return [];
  seen.add(error);
  const record = error as Record<string, unknown>;
  const own = [record.code, record.kind, (record.cause as Record<string, unknown> | undefined)?.originalCode].filter(
    (value): value is string => typeof value === "string",
  );
  const message = typeof record.message === "string" ? record.message : "";
  const fromMessage = [...CONNECTION_CODES, "28P01", "3D000", "28000"].filter((code) => message.includes(code));
  return [
    ...own,
    ...fromMessage,
    ...errorCodes(record.cause, seen),
    ...errorCodes(record.meta, seen),
    ...errorCodes(record.driverAdapterError, seen),
    ...(Array.isArray(record.errors) ? record.errors.flatMap((inner) => errorCodes(inner, seen)) : []),
  ];
}

function messages(error: unknown, seen = new Set<unknown>()): string[] {
  if (!error || typeof error !== "object" || seen.has(error)) return [];
  seen.add(error);
  const record = error as Record<string, unknown>;
  const own = typeof record.message === "string" ? [record.message] : [];
  return [
    ...own,
    ...messages(record.cause, seen),
    ...messages(record.driverAdapterError, seen),
    ...messages(record.meta, seen),
  ];
}

/** True when the error means "the database cannot be reached right now", not "this query is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (errorCodes(error).some((code) => UNAVAILABLE_CODES.has(code))) return true;
  return messages(error).some((message) => UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message)));
}

// On globalThis: Next.js bundles instrumentation.ts apart from the pages, so
// a module variable would exist twice.
const DOWN_SINCE = Symbol.for("encuentros.databaseDownSince");
const state = globalThis as unknown as Record<symbol, number | undefined>;

/** Notes the outcome of a database call: an unreachable database marks it down, any answer marks it up. */
export function noteDatabaseOutcome(error: unknown | null): void {
  if (error === null) state[DOWN_SINCE] = undefined;
  else if (isDatabaseUnavailable(error)) state[DOWN_SINCE] ??= Date.now();
}

/** Whether the last database call found the database unreachable. */
export function databaseIsDown(): boolean {
  return state[DOWN_SINCE] !== undefined;
}
