import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDbClient } from "./create-client";

// One client per process, created on first use: `next build` imports pages
// without querying, and PGlite must never be opened twice by one process
// (Next.js dev reloads modules, hence globalThis).
const globalForDb = globalThis as unknown as { encuentrosDb?: PrismaClient };

export function getDb(): PrismaClient {
  globalForDb.encuentrosDb ??= createDbClient();
  return globalForDb.encuentrosDb;
}
