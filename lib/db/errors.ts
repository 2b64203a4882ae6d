import { CONNECTION_CODES, errorCodes } from "./availability";
import { MigrationError } from "./migrate";
import { DatabaseInUseError } from "./pglite-lock";
import { describeDatabaseTarget, type DatabaseTarget } from "./target";

/**
 * One sentence telling an operator what to fix, for the configuration
 * mistakes people actually make. Returns null for anything else, which is
 * then reported as an unexpected error.
 */
export function explainDatabaseError(error: unknown, target: DatabaseTarget): string | null {
  if (error instanceof DatabaseInUseError || error instanceof MigrationError) return error.message;
  const codes = errorCodes(error);
  const where = describeDatabaseTarget(target);
  if (codes.some((code) => CONNECTION_CODES.has(code) || code === "DatabaseNotReachable" || code === "P1001")) {
    return `Cannot reach ${where}: check that the server is running and that DATABASE_URL is right (or unset DATABASE_URL to use the embedded database).`;
  }
  if (codes.includes("3D000") || codes.includes("DatabaseDoesNotExist") || codes.includes("P1003")) {
    return `The database named in DATABASE_URL does not exist on ${where}: create it (createdb) or fix DATABASE_URL.`;
  }
  if (
    codes.includes("28P01") ||
    codes.includes("28000") ||
    codes.includes("AuthenticationFailed") ||
    codes.includes("P1000")
  ) {
    return `${where} refused the user or password in DATABASE_URL: fix the credentials.`;
  }
  return null;
}
