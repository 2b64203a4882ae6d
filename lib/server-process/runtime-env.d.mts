import type { z } from "zod";

export declare const LOG_LEVELS: readonly ["debug", "info", "warn", "error", "silent"];

export declare const RUNTIME_ENV_FIELDS: {
  LOG_LEVEL: z.ZodOptional<z.ZodEnum<{ debug: "debug"; info: "info"; warn: "warn"; error: "error"; silent: "silent" }>>;
  SHUTDOWN_TIMEOUT_MS: z.ZodDefault<z.ZodCoercedNumber<unknown>>;
};

export type RuntimeEnv = {
  LOG_LEVEL?: (typeof LOG_LEVELS)[number];
  SHUTDOWN_TIMEOUT_MS: number;
  NEXT_TELEMETRY_DISABLED?: string;
  SITE_URL?: string;
};

export declare function runtimeEnv(source?: Record<string, string | undefined>): RuntimeEnv;

export declare function standaloneListen(source?: Record<string, string | undefined>): { host: string; port: number };

export declare function logLevel(source?: Record<string, string | undefined>): (typeof LOG_LEVELS)[number];
