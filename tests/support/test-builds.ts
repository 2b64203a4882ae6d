/**
 * The production builds the browser tests serve, each in a folder of its
 * own and stamped with its SITE_URL (lib/cli/build-stamp.ts): the suite's
 * app on this machine, and the "real deployment" the deployment test starts.
 * `npm test` makes both ahead, beside the unit and integration tests; a
 * build that is already current is not made again.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

export const E2E_BUILD = { distDir: ".next-e2e", siteUrl: `http://127.0.0.1:${E2E_PORT}` } as const;

export const DEPLOYMENT_BUILD = { distDir: ".next-deploy", siteUrl: "https://encuentros.example" } as const;
