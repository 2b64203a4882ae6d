import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { buildState, sourceFingerprint } from "../../../lib/cli/build-stamp";
import { STRICT_TRANSPORT_SECURITY } from "../../../lib/server-process/transport-security.mjs";
import { E2E_BUILD } from "../../support/test-builds";
import { listeningAddresses } from "../support/listening-sockets";
import { actionFields } from "../support/staff-http";
import { DEMO_ADMIN } from "../support/staff";

/**
 * A fresh checkout started as a real deployment on the embedded database,
 * docs/deployment.md's way: `npm run build` once, then `npm start` with SITE_URL and
 * AUTH_SECRET (and HOST, to show the listening address is configurable).
 * It must start with no demo account and no demo data, say how to create
 * the first admin, and let no one in with the README's demo password.
 * Serves the suite's build (a build does not depend on SITE_URL), made
 * here only if it is not current.
 */

const SITE_URL = "https://encuentros.example";
const DIST_DIR = E2E_BUILD.distDir;
const port = Number(process.env.E2E_PORT ?? 3100) + 3;
const base = `http://127.0.0.1:${port}`;

let server: ChildProcess | undefined;
let folder: string | undefined;

test.afterEach(() => {
  if (server?.exitCode === null) server.kill("SIGKILL");
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

test("a real deployment on PGlite starts with no demo door open", async () => {
  test.setTimeout(20 * 60_000);
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL, NEXT_DIST_DIR: DIST_DIR, TZ: "UTC" };
  env.DATABASE_URL = "";
  if (buildState(DIST_DIR, sourceFingerprint()) !== "current") {
    const build = spawnSync("npm", ["run", "build"], { env, encoding: "utf8", timeout: 15 * 60_000 });
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
  }

  folder = fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-deployment-"));
  const serverEnv = {
    ...env,
    AUTH_SECRET: "a".repeat(48),
    HOST: "127.0.0.1",
    PORT: String(port),
    PGLITE_DIR: path.join(folder, "pglite"),
  };

  const first = await startServer(serverEnv);
  expect(first.output()).toContain("No admin account yet");
  expect(first.output()).toContain("npm run admin:create");
  expect(first.output()).not.toContain(DEMO_ADMIN.password);
  expect(listeningAddresses(port)).toEqual(["127.0.0.1"]);
  const listing = await fetch(`${base}/en`);
  expect(listing.status).toBe(200);
  const html = await listing.text();
  expect(html).toContain("No meetings are announced yet.");
  expect(html).not.toContain("Familia Bethel");
  expect(html).not.toContain("Demo address");
  // Added at run time for an https SITE_URL: once on a page (rendered, then from the cache) and on a file.
  expect(listing.headers.get("strict-transport-security")).toBe(STRICT_TRANSPORT_SECURITY);
  for (const path of ["/en", "/robots.txt", "/api/health"]) {
    expect((await fetch(`${base}${path}`)).headers.get("strict-transport-security"), path).toBe(
      STRICT_TRANSPORT_SECURITY,
    );
  }
  expect(await signIn(DEMO_ADMIN)).toBe(false);
  // No SMTP_URL: it works without email, and says so once in its log; "Forgot your password?" says to ask an admin.
  expect(first.output().match(/"event":"email\.off"/g)).toHaveLength(1);
  expect(await (await fetch(`${base}/en/admin/forgot-password`)).text()).toContain(
    "This site sends no email, so a password cannot be reset by email.",
  );
  expect(await first.stop()).toBe(0);

  // docs/deployment.md's next step; then the real admin gets in, and the demo password still does not.
  const admin = { email: "first-admin@example.org", password: "a-long-and-unusual-passphrase-2027" };
  const created = spawnSync(
    "npm",
    ["run", "admin:create", "--", "--email", admin.email, "--name", "First Admin", "--password", admin.password],
    {
      env: serverEnv,
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  expect(created.status, `${created.stdout}${created.stderr}`).toBe(0);
  const second = await startServer(serverEnv);
  expect(second.output()).not.toContain("No admin account yet");
  expect(await signIn(admin)).toBe(true);
  expect(await signIn(DEMO_ADMIN)).toBe(false);
  expect(await second.stop()).toBe(0);
});

async function startServer(env: NodeJS.ProcessEnv): Promise<{ output(): string; stop(): Promise<number | null> }> {
  const child = spawn(process.execPath, ["lib/cli/start.mjs"], { env, stdio: ["ignore", "pipe", "pipe"] });
  server = child;
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await expect
    .poll(
      async () =>
        child.exitCode === null ? (await fetch(`${base}/api/health`).catch(() => null))?.status : `exited: ${output}`,
      { timeout: 180_000 },
    )
    .toBe(200);
  return {
    output: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

/** Posts the sign-in form as a browser without JavaScript would; true when a session began. */
async function signIn(account: { email: string; password: string }): Promise<boolean> {
  const loginUrl = `${base}/en/admin/login`;
  const form = new FormData();
  for (const [name, value] of actionFields(await (await fetch(loginUrl)).text(), 'id="password"'))
    form.append(name, value);
  form.append("email", account.email);
  form.append("password", account.password);
  const response = await fetch(loginUrl, { method: "POST", body: form, redirect: "manual", headers: { origin: base } });
  await response.arrayBuffer();
  return response.status === 303 && response.headers.getSetCookie().some((cookie) => cookie.includes("session_token="));
}
