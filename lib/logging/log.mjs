// @ts-check
/**
 * One JSON object per line on stdout, for the `next start` process and the
 * app alike. Plain JavaScript (types in log.d.mts) because the server
 * preload (lib/serving/) loads it into Node without a TypeScript step.
 *
 * What goes in is the caller's job to keep clean: never IP addresses,
 * cookies, query strings, user agents, residents' data, form contents,
 * e-mail addresses or secrets.
 */

import { logLevel } from "../server-process/runtime-env.mjs";

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/**
 * The line as written: time and level first, then the event and its fields.
 * @param {"debug" | "info" | "warn" | "error"} level
 * @param {string} event
 * @param {Record<string, unknown>} fields
 * @param {Date} [now]
 */
export function formatLogLine(level, event, fields, now = new Date()) {
  return JSON.stringify({ time: now.toISOString(), level, event, ...fields });
}

/**
 * @param {"debug" | "info" | "warn" | "error"} level
 * @param {string} event
 * @param {Record<string, unknown>} [fields]
 */
export function writeLog(level, event, fields = {}) {
  if (LEVELS[level] < LEVELS[logLevel()]) return;
  process.stdout.write(`${formatLogLine(level, event, fields)}\n`);
}
