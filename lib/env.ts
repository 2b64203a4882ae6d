import { z } from "zod";
import { RUNTIME_ENV_FIELDS } from "./server-process/runtime-env.mjs";

/**
 * Every environment variable the app reads, validated once at start-up
 * (lib/cli/prepare.ts for `npm start`, instrumentation.ts for the server
 * itself). A wrong value stops the app with one sentence naming the variable
 * (EnvError). The configuration table of docs/deployment.md lists the same
 * variables.
 *
 * Two modes follow from SITE_URL. Local mode (unset, or on localhost,
 * 127.0.0.1 or [::1]) is the laptop demo: embedded database with demo data,
 * listening on the loopback interface only. Any other SITE_URL is a real
 * deployment, whatever NODE_ENV says: no demo data, a real AUTH_SECRET, and
 * a prebuilt site (lib/auth/production-guard.ts, lib/cli/prepare.ts).
 *
 * The plain-JavaScript layer (launcher, server preload, log lines) reads
 * its few variables through lib/server-process/runtime-env.mjs, whose zod
 * fields this schema shares, so they are validated here first.
 */

/** One plain sentence, naming the variable and what it must be. */
export class EnvError extends Error {}

const LOCAL_HOSTNAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-f]*:[0-9a-f:.]*$/i;

const POSTGRES_PROTOCOLS = new Set(["postgres:", "postgresql:"]);

/** Why a DATABASE_URL is not a PostgreSQL URL, in words an operator can act on; null when it is one. */
function databaseUrlProblem(value: string): string | null {
  if (/^["']|["']$/.test(value)) {
    return "DATABASE_URL has quotes around it (they were kept as part of the value): remove them, e.g. DATABASE_URL=postgresql://user:password@host:5432/encuentros.";
  }
  let url: URL;
  try {
    if (!/^[a-z][a-z\d+.-]*:\/\//i.test(value)) throw new TypeError("no scheme://");
    url = new URL(value);
  } catch {
    return "DATABASE_URL is not a URL: expected postgresql://user:password@host:5432/database, or leave it unset to use the embedded database.";
  }
  if (!POSTGRES_PROTOCOLS.has(url.protocol)) {
    return `DATABASE_URL must be a PostgreSQL URL (postgresql://…), not ${url.protocol}//…: this app runs on PostgreSQL only (or unset it to use the embedded database).`;
  }
  if (url.pathname.length <= 1) {
    return "DATABASE_URL names no database: expected postgresql://user:password@host:5432/database.";
  }
  return null;
}

const port = z.coerce.number().int().min(1).max(65_535);

const SMTP_PROTOCOLS = new Set(["smtp:", "smtps:"]);

/** An address with an optional name: `Encuentros <encuentros@example.org>` or `encuentros@example.org`. */
export type MailAddress = { name: string | null; address: string };

const ADDRESS_WITH_NAME = /^(?:([^<>\r\n]*?)\s*<([^<>\s]+)>|([^<>\s]+))$/;

/** EMAIL_FROM as a name and an address, or null when it is not one address (a line break can never get through). */
export function parseMailAddress(value: string): MailAddress | null {
  const match = ADDRESS_WITH_NAME.exec(value.trim());
  if (!match) return null;
  const address = match[2] ?? match[3]!;
  if (!z.email().safeParse(address).success) return null;
  const name = match[1]?.trim().replace(/^"(.*)"$/, "$1") || null;
  return { name, address };
}

/** The From of local mode, where nothing leaves the machine unless SMTP_URL names a server. */
export const LOCAL_EMAIL_FROM = "Encuentros <encuentros@encuentros.localhost>";

// Unset and empty are the same: an env file's `NAME=` means "not set".
const schema = z.object({
  SITE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  AUTH_SECRET: z.string().min(32).optional(),
  DATABASE_URL: z
    .string()
    .superRefine((value, context) => {
      const problem = databaseUrlProblem(value);
      if (problem) context.addIssue({ code: "custom", message: problem, params: { sentence: true } });
    })
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(10),
  PGLITE_DIR: z.string().default(".data/pglite"),
  SEED_DEMO_DATA: z.stringbool().optional(),
  SEED_DEMO_ADMIN: z.stringbool().optional(),
  HOST: z
    .string()
    .refine((value) => IPV4.test(value) || IPV6.test(value.replace(/^\[|\]$/g, "")) || value === "localhost")
    .optional(),
  PORT: port.default(3000),
  NEXT_DIST_DIR: z
    .string()
    .regex(/^\.?[\w.-]+$/)
    .default(".next"),
  ...RUNTIME_ENV_FIELDS,
  // Reverse proxies whose X-Forwarded-For the app believes (lib/auth/client-ip.ts):
  // IPv4 and IPv6 addresses and CIDR ranges, separated by commas or spaces.
  // None by default: the connection's own address is the client's.
  TRUSTED_PROXIES: z
    .string()
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()])))
    .default([]),
  // Where email goes (lib/email/delivery.ts): an SMTP server, e.g.
  // smtps://user:password@smtp.example.org:465. Unset: kept in the outbox
  // in local mode, off in a real deployment.
  SMTP_URL: z
    .string()
    .refine((value) => {
      try {
        const url = new URL(value);
        return SMTP_PROTOCOLS.has(url.protocol) && url.hostname !== "";
      } catch {
        return false;
      }
    })
    .optional(),
  // The sender of every message; a real deployment with SMTP_URL needs it (lib/auth/production-guard.ts).
  EMAIL_FROM: z
    .string()
    .refine((value) => parseMailAddress(value) !== null)
    .optional(),
  // How long a password or second-factor code typed in a staff session (or
  // the sign-in itself) lets it change the account's sign-in methods
  // (lib/auth/recent-proof.ts). Never longer than 15 minutes.
  STAFF_PROOF_SECONDS: z.coerce.number().int().min(30).max(900).default(300),
});

/** What each variable must be, for the one-sentence error. */
const EXPECTED: Record<keyof z.input<typeof schema>, string> = {
  SITE_URL: "the public address of the site, an http:// or https:// URL such as https://encuentros.example.org",
  NODE_ENV: "development, production or test",
  AUTH_SECRET: "at least 32 characters (generate one with `openssl rand -base64 48`)",
  DATABASE_URL: "a postgresql:// URL",
  DATABASE_POOL_SIZE: "a whole number of connections from 1 to 1000",
  PGLITE_DIR: "a folder path",
  SEED_DEMO_DATA: "true or false",
  SEED_DEMO_ADMIN: "true or false",
  HOST: "an IP address to listen on (such as 0.0.0.0, 127.0.0.1 or ::1) or localhost",
  PORT: "a port number from 1 to 65535",
  NEXT_DIST_DIR: "a folder name inside the project, such as .next",
  LOG_LEVEL: "debug, info, warn, error or silent",
  SHUTDOWN_TIMEOUT_MS: "a number of milliseconds from 0 to 600000",
  TRUSTED_PROXIES:
    "IPv4 or IPv6 addresses or CIDR ranges (such as 127.0.0.1 or 10.0.0.0/8), separated by commas or spaces",
  STAFF_PROOF_SECONDS: "a whole number of seconds from 30 to 900",
  SMTP_URL: "an smtp:// or smtps:// URL of the mail server, such as smtps://user:password@smtp.example.org:465",
  EMAIL_FROM: "one email address, optionally with a name, such as Encuentros <encuentros@example.org>",
};

/** Every variable the app reads, for `.env.example` (tests/unit/env.test.ts checks it lists each). */
export const ENV_VARIABLES = Object.keys(EXPECTED) as (keyof typeof EXPECTED)[];

export type Mode = "local" | "deployment";

export type Env = z.infer<typeof schema> & { mode: Mode };

/** Local mode for a site on this machine only; any other address is a real deployment. */
export function modeOf(siteUrl: string): Mode {
  return LOCAL_HOSTNAMES.has(new URL(siteUrl).hostname) ? "local" : "deployment";
}

function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "");
  return bare === "localhost" || bare === "::1" || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/** Validates a set of variables (process.env by default); throws EnvError with one sentence. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const raw = Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, source[name]?.trim() || undefined]));
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0]) as keyof typeof EXPECTED;
    const sentence = issue.code === "custom" && issue.params?.sentence === true;
    throw new EnvError(sentence ? issue.message : `${name} must be ${EXPECTED[name]}.`);
  }
  const env = { ...result.data, mode: modeOf(result.data.SITE_URL) };
  // A demo on a rented server must not be reachable from the network.
  if (env.mode === "local" && env.HOST && !isLoopback(env.HOST)) {
    throw new EnvError(
      `HOST=${env.HOST} would put the local demo (with its published staff password) on the network: in local mode (SITE_URL on localhost) the app listens on 127.0.0.1 only; set SITE_URL to the site's public address for a real deployment.`,
    );
  }
  return env;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}

/** Where the server listens: loopback only in local mode, every interface by default in a deployment. */
export function listenHost(env: Env = getEnv()): string {
  return env.HOST ?? (env.mode === "local" ? "127.0.0.1" : "0.0.0.0");
}

/** The server's own address from inside the process (the page cache renders misses through it). */
export function loopbackOrigin(env: Env = getEnv()): string {
  const host = listenHost(env).replace(/^\[|\]$/g, "");
  const reachable = host === "0.0.0.0" || host === "::" || host === "localhost" ? "127.0.0.1" : host;
  return `http://${IPV6.test(reachable) ? `[${reachable}]` : reachable}:${env.PORT}`;
}

// The server secret of local mode only: serverSecret never gives it to a
// real deployment, which refuses to start without AUTH_SECRET.
export const LOCAL_AUTH_SECRET = "encuentros-local-development-secret-not-for-production";

/**
 * The secret staff sessions are signed with (lib/auth/auth.ts), and that
 * keys derived from it come from (lib/attendance/tally-key.ts). The fixed
 * one is for local mode only; a real deployment refuses to start without
 * AUTH_SECRET (lib/cli/prepare.ts, instrumentation.ts) and this throw
 * covers any other way in.
 */
export function serverSecret(env: Env = getEnv()): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.mode === "local") return LOCAL_AUTH_SECRET;
  throw new EnvError(
    `AUTH_SECRET is not set: a real deployment (SITE_URL=${env.SITE_URL}) needs one of at least 32 characters.`,
  );
}

/** Absolute URL on this site for a path ("/es/reuniones/x"). */
export function absoluteUrl(path: string): string {
  return new URL(path, getEnv().SITE_URL).toString();
}
