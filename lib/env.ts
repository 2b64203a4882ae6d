import { z } from "zod";

/**
 * Environment read once and validated. Every variable has a safe local
 * default so `npm start` works on a fresh laptop; README lists them all.
 */
const envSchema = z.object({
  SITE_URL: z.url().default("http://localhost:3000"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Signs staff session cookies. Required in production (the app refuses to
  // start without it); a fixed local default keeps `npm start` one command.
  AUTH_SECRET: z.string().min(32).optional(),
  // Reverse proxies whose X-Forwarded-For the app believes (lib/auth/client-ip.ts):
  // IPv4 and IPv6 addresses and CIDR ranges, separated by commas or spaces.
  // None by default: the connection's own address is the client's.
  TRUSTED_PROXIES: z
    .string()
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()])))
    .default([]),
});

export const LOCAL_AUTH_SECRET = "encuentros-local-development-secret-not-for-production";

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= envSchema.parse({
    SITE_URL: process.env.SITE_URL || undefined,
    NODE_ENV: process.env.NODE_ENV || undefined,
    AUTH_SECRET: process.env.AUTH_SECRET || undefined,
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES || undefined,
  });
  return cached;
}

/** Absolute URL on this site for a path ("/es/reuniones/x"). */
export function absoluteUrl(path: string): string {
  return new URL(path, getEnv().SITE_URL).toString();
}
