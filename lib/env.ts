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
});

export const LOCAL_AUTH_SECRET = "encuentros-local-development-secret-not-for-production";

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= envSchema.parse({
    SITE_URL: process.env.SITE_URL || undefined,
    NODE_ENV: process.env.NODE_ENV || undefined,
    AUTH_SECRET: process.env.AUTH_SECRET || undefined,
  });
  return cached;
}

/** Absolute URL on this site for a path ("/es/reuniones/x"). */
export function absoluteUrl(path: string): string {
  return new URL(path, getEnv().SITE_URL).toString();
}
