import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; tests call the
      // server modules directly.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    // Test runs print pass/fail, not the app's log lines, unless a test asks for them.
    env: { LOG_LEVEL: "silent" },
    projects: [
      // The unit tests run twice, in two zones far from Chicago: nothing may
      // depend on the server's own time zone.
      ...["Asia/Tokyo", "UTC"].map((zone) => ({
        extends: true as const,
        test: {
          name: `unit (TZ=${zone})`,
          // One module graph for every file in a worker, not one per file:
          // importing took three quarters of the run (27 s -> 11 s a zone).
          // Unit tests keep no state between files; the few that stub the
          // environment or spy on stdout restore it after each test.
          isolate: false,
          include: ["tests/unit/**/*.test.ts"],
          env: { TZ: zone },
        },
      })),
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // One module graph for the run, as for the unit tests: importing
          // the app's modules again for each file took a sixth of the
          // PGlite pass and a quarter of the PostgreSQL one. Each file still
          // works on a database of its own (tests/support/test-database.ts),
          // points the app's client at it and lets go of it after
          // (tests/support/app-database.ts).
          isolate: false,
          globalSetup: ["tests/support/migrated-template.ts"],
          env: { TZ: "UTC" },
          // Server actions import next-intl's navigation, which imports
          // "next/navigation" without an extension: let Vite resolve it.
          server: { deps: { inline: ["next-intl"] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
    passWithNoTests: false,
  },
});
