import { z } from "zod";

/**
 * Environment read once and validated. Every variable has a safe local
 * default so `npm start` works on a fresh laptop; README lists them all.
 */
const envSchema = z.object({
  SITE_URL: z.url().default("http://localhost:3000"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= envSchema.parse({
    SITE_URL: process.env.SITE_URL || undefined,
    NODE_ENV: process.env.NODE_ENV || undefined,
  });
  return cached;
}

/** Absolute URL on this site for a path ("/es/reuniones/x"). */
export function absoluteUrl(path: string): string {
  return new URL(path, getEnv().SITE_URL).toString();
}
