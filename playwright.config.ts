import { defineConfig, devices } from "@playwright/test";
import { headlessChromiumPath } from "./tests/support/system-tools";
import { E2E_BUILD, E2E_PORT } from "./tests/support/test-builds";

// The suite builds and starts the app itself on a database of its own
// (tests/e2e/support/start-server.ts), on a port unlikely to be in use.
const port = E2E_PORT;
export const baseURL = E2E_BUILD.siteUrl;
// A Pixel 7's viewport, touch and user agent, drawn at one device pixel per
// CSS pixel: Chromium paints in software here (no GPU), and at the phone's
// 2.625 it painted seven times the pixels for the same layout.
const phone = { ...devices["Pixel 7"], deviceScaleFactor: 1, defaultBrowserType: "chromium" } as const;
// Browser tests that spend most of their time waiting (for the next whole
// minute, for a proof of identity to run out): beside the others, on a
// worker of their own, not taking one of the two that keep the CPU busy.
const WAITING = ["audit-log.spec.ts", "recent-proof.spec.ts"];
const NOT_PHONE = ["resilience/**", "servers/**", "deployment/**", ...WAITING];

/** The app on a throw-away database (tests/e2e/support/start-server.ts), at siteUrl. */
function appServer(listenPort: number, siteUrl: string) {
  return {
    command: "tsx tests/e2e/support/start-server.ts",
    url: `${siteUrl}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    // Warnings and errors only: a line per request would bury the test report.
    // A proof of identity lasts one minute instead of five, so tests/e2e/recent-proof.spec.ts waits for one to run out.
    env: {
      PORT: String(listenPort),
      NEXT_DIST_DIR: E2E_BUILD.distDir,
      TZ: "UTC",
      SITE_URL: siteUrl,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      STAFF_PROOF_SECONDS: "60",
    },
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // In CI, two workers for the browser tests, and three for the tests that
  // mostly wait (on servers of their own, on the clock) beside them (see
  // projects). Three for the browser tests made the run longer, not
  // shorter: the two cores are busy already.
  workers: process.env.CI ? 5 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Five workers share two cores in CI: a flow of a dozen page loads can
  // take 30 s there. A test that does more sets its own.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: false },
    // Far from Dallas: pages must show Central time whatever the device says.
    timezoneId: "Asia/Tokyo",
    launchOptions: {
      executablePath: headlessChromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // `npm test` (tests/run-all.ts) runs them all. Alone: --project <name> --no-deps.
  projects: [
    { name: "phone", testIgnore: NOT_PHONE, use: phone, workers: process.env.CI ? 2 : undefined },
    // Start app servers (and a PostgreSQL server) of their own and spend
    // most of their time waiting on them (for the next whole minute, for a
    // start-up, on a database lock, for the database to come back), not on
    // the CPU: beside the browser tests, on the workers the others leave
    // (no dependencies: Playwright runs a project that has any only once
    // every project before it has finished). Longest first: workers take
    // projects in this order.
    // Issue #29 through a real SMTP server stopped for two minutes: mostly waiting on the sender's retries.
    { name: "email", testMatch: "servers/email-delivery.spec.ts", workers: 1 },
    { name: "waits", testMatch: WAITING, use: phone, workers: 1 },
    { name: "servers", testMatch: "servers/multi-instance.spec.ts", workers: 1 },
    { name: "faults", testMatch: "resilience/database-outage.spec.ts", workers: 1 },
    { name: "shutdown", testMatch: "servers/graceful-shutdown.spec.ts", workers: 1 },
    // The suite's build started as a real deployment (a public SITE_URL).
    { name: "deployment", testMatch: "deployment/**", workers: 1 },
    // These load the machine and count what a busy one lets through (no
    // error, no busy page): after the rest, one at a time.
    {
      name: "load",
      testMatch: "resilience/load.spec.ts",
      dependencies: ["phone", "waits", "servers", "shutdown", "faults", "email", "deployment"],
    },
    { name: "rolling-deploy", testMatch: "resilience/rolling-deploy.spec.ts", dependencies: ["load"] },
  ],
  webServer: appServer(port, baseURL),
});
