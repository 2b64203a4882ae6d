// @ts-check
/**
 * The environment of the plain-JavaScript layer (lib/cli/start.mjs,
 * lib/server-process/server.mjs, lib/logging/log.mjs), which Node loads before any
 * TypeScript. These are its only reads of process.env. The variables an
 * operator sets here (LOG_LEVEL, SHUTDOWN_TIMEOUT_MS) use the same zod
 * definitions as lib/env.ts, which spreads RUNTIME_ENV_FIELDS into its
 * schema and has validated them by the time the server starts.
 */
import { z } from "zod";

export const LOG_LEVELS = /** @type {const} */ (["debug", "info", "warn", "error", "silent"]);

/** Shared with lib/env.ts: what an operator may set. */
export const RUNTIME_ENV_FIELDS = {
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
};

const schema = z.object({
  ...RUNTIME_ENV_FIELDS,
  NEXT_TELEMETRY_DISABLED: z.string().optional(),
  // Validated by lib/env.ts; the server reads only whether it is https.
  SITE_URL: z.string().optional(),
});

/** @param {Record<string, string | undefined>} source */
function parse(source) {
  const raw = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, source[name]?.trim() || undefined]));
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const name = String(result.error.issues[0]?.path[0]);
  throw new Error(
    `${name} is not valid (${result.error.issues[0]?.message}); see the configuration table in docs/deployment.md.`,
  );
}

/**
 * Read on every call, not once: tests change LOG_LEVEL while a process runs.
 * @param {Record<string, string | undefined>} [source]
 */
export function runtimeEnv(source = process.env) {
  return parse(source);
}

// For `node lib/server-process/server.mjs` started on its own (tests, benchmarks);
// `npm start` passes the address lib/env.ts checked, with its messages.
const listenSchema = z.object({
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

/**
 * Where a server started on its own listens.
 * @param {Record<string, string | undefined>} [source]
 */
export function standaloneListen(source = process.env) {
  const { HOST, PORT } = listenSchema.parse({
    HOST: source.HOST?.trim() || undefined,
    PORT: source.PORT?.trim() || undefined,
  });
  return { host: HOST, port: PORT };
}

/**
 * LOG_LEVEL alone, for every log line (cheaper than the whole set); info
 * when unset. An invalid value never gets this far: lib/env.ts refuses it
 * at start-up.
 * @param {Record<string, string | undefined>} [source]
 * @returns {(typeof LOG_LEVELS)[number]}
 */
export function logLevel(source = process.env) {
  const parsed = RUNTIME_ENV_FIELDS.LOG_LEVEL.safeParse(source.LOG_LEVEL?.trim().toLowerCase() || undefined);
  return (parsed.success && parsed.data) || "info";
}
