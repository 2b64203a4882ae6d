import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { getEnv } from "./lib/env";
import { FORM_BODY_LIMIT } from "./lib/http/body-limit";
import { baseSecurityHeaders } from "./lib/security/content-security-policy";

const env = getEnv();

const nextConfig: NextConfig = {
  // Lets the end-to-end tests (and parallel checkouts) build and serve from
  // their own folder without touching the developer's `.next`.
  distDir: env.NEXT_DIST_DIR,
  // PGlite loads its WASM and data files from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (run in CI); a start-up build
  // should not fail on, say, a test file's types.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  experimental: {
    // forbidden(): staff pages answer 403 to a role that may not see them.
    authInterrupts: true,
    // Staff forms are small (lib/http/body-limit.ts). proxy.ts answers 413
    // to a bigger body that says its length; this stops one that does not,
    // while it streams in. Next.js itself refuses actions from another origin.
    serverActions: { bodySizeLimit: FORM_BODY_LIMIT },
    // A route's code is loaded when it is first requested, not all at start:
    // most routes are staff pages that a public instance rarely serves, and
    // their code would stay in memory for nothing (see `npm run bench`'s memory rows).
    preloadEntriesOnStart: false,
  },
  async headers() {
    return [
      { source: "/:path*", headers: baseSecurityHeaders() },
      {
        // No other site may frame these pages (clickjacking), except the
        // widget under /embed/, which sets its own policy allowing it, and an
        // email's HTML, which the outbox page frames (app/api/outbox/[id]).
        source: "/((?!embed/|api/outbox/).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
      {
        // Pages also get a full policy with a script nonce from proxy.ts.
        // Flyers, QR codes, an email's HTML and the unsubscribe page set a
        // whole policy of their own (with their frame-ancestors), which this
        // one would replace.
        source: "/((?!embed/|flyer/|qr/|api/outbox/|api/unsubscribe).*)",
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'none'" }],
      },
      {
        // Staff pages carry personal data and session state: never stored.
        source: "/:locale/admin/:path*",
        headers: [{ key: "Cache-Control", value: "private, no-store" }],
      },
      { source: "/:locale/admin", headers: [{ key: "Cache-Control", value: "private, no-store" }] },
    ];
  },
};

/**
 * next-intl's plugin points its `next-intl/config` import at lib/i18n/request.ts while the app is
 * built (or run by `next dev`): build-time aliases only. The running production server gets the plain
 * config: the plugin's import loads @swc/core, for a message extractor we do not use, and it would
 * stay in every instance's memory (about 7 MB, `npm run bench`'s memory rows).
 */
export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
}
