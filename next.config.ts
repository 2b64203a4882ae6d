import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Lets the end-to-end tests (and parallel checkouts) build and serve from
  // their own folder without touching the developer's `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite loads its WASM and data files from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (run in CI); a start-up build
  // should not fail on, say, a test file's types.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
