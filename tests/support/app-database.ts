import type { PrismaClient } from "@/lib/generated/prisma/client";

// lib/db/client.ts keeps the app's one client on globalThis (and lib/auth
// its better-auth instance, bound to that client); integration tests point
// the app's data functions at their own test database.
const slot = globalThis as unknown as { encuentrosDb?: PrismaClient; encuentrosAuth?: unknown };

export function pointAppAtDatabase(db: PrismaClient): void {
  slot.encuentrosDb = db;
  delete slot.encuentrosAuth;
}

export function releaseAppDatabase(): void {
  delete slot.encuentrosDb;
  delete slot.encuentrosAuth;
}
