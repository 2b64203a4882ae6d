import type { PrismaClient } from "@/lib/generated/prisma/client";
import { noteDatabaseOutcome } from "./availability";
import { createDbClient } from "./create-client";

// One client per process, created on first use: `next build` imports pages
// without querying, and PGlite must never be opened twice by one process
// (Next.js dev reloads modules, hence globalThis).
const globalForDb = globalThis as unknown as { encuentrosDb?: PrismaClient };

/**
 * Every query reports whether the database answered, so a page that failed
 * during an outage can answer 503 (see instrumentation.ts). The extension
 * only observes: the client's API is unchanged, hence the cast back.
 */
function observingAvailability(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          noteDatabaseOutcome(null);
          return result;
        } catch (error) {
          noteDatabaseOutcome(error);
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

export function getDb(): PrismaClient {
  globalForDb.encuentrosDb ??= observingAvailability(createDbClient());
  return globalForDb.encuentrosDb;
}
