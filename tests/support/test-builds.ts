/**
 * The production build the browser tests serve, in a folder of its own
 * (lib/cli/build-stamp.ts stamps it with the sources it was made from):
 * the suite's app on this machine, the servers some tests start, and the
 * "real deployment" the deployment test starts with a public SITE_URL (a
 * build does not depend on SITE_URL). `npm test` makes it ahead, beside the
 * unit and integration tests; a build that is already current is not made
 * again.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

export const E2E_BUILD = { distDir: ".next-e2e", siteUrl: `http://127.0.0.1:${E2E_PORT}` } as const;
