export type LogLevel = "debug" | "info" | "warn" | "error";

export declare function formatLogLine(
  level: LogLevel,
  event: string,
  fields: Record<string, unknown>,
  now?: Date,
): string;

export declare function writeLog(level: LogLevel, event: string, fields?: Record<string, unknown>): void;
