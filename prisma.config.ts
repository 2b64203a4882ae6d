import path from "node:path";
import { defineConfig } from "prisma/config";
import { createAdapterFactory } from "./lib/db/adapter";
import { resolveDatabaseTarget } from "./lib/db/target";

// The JS schema engine runs offline (no native engine download) and migrates
// whichever database lib/db/target.ts selects: PostgreSQL or embedded PGlite.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return createAdapterFactory(resolveDatabaseTarget());
  },
});
