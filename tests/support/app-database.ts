import type { PrismaClient } from "@/lib/generated/prisma/client";

// lib/db/client.ts keeps the app's one client on globalThis; integration
// tests point the app's data functions at their own test database.
const slot = globalThis as unknown as { encuentrosDb?: PrismaClient };

export function useDatabaseInApp(db: PrismaClient): void {
  slot.encuentrosDb = db;
}

export function releaseDatabaseFromApp(): void {
  delete slot.encuentrosDb;
}
