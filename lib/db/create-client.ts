import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapterFactory } from "./adapter";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target";

export function createDbClient(target: DatabaseTarget = resolveDatabaseTarget()): PrismaClient {
  return new PrismaClient({ adapter: createAdapterFactory(target) });
}
