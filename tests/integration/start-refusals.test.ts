import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

/**
 * `npm start`'s launcher (lib/cli/start.mjs), run for real, on settings it
 * must refuse: each stops with exit code 1 and one sentence, before it
 * creates a database or builds anything.
 */

const SECRET = "s".repeat(48);
let folder: string;
let pgliteDir: string;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-refusal-"));
  pgliteDir = path.join(folder, "pglite");
});

afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DIR: pgliteDir,
    PORT: "4590",
    NEXT_DIST_DIR: ".next-never-built",
  };
  for (const name of [
    "DATABASE_URL",
    "SITE_URL",
    "AUTH_SECRET",
    "HOST",
    "SEED_DEMO_DATA",
    "SEED_DEMO_ADMIN",
    "NODE_ENV",
    "LOG_LEVEL",
  ])
    delete base[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["lib/cli/start.mjs"], {
      env: { ...base, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Still running after 80 s:\n${stdout}${stderr}`));
    }, 80_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function expectRefusal(env: Record<string, string>, sentence: RegExp): Promise<void> {
  const result = await start(env);
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Error: [^\n]+[.)]$/);
  expect(lines[0]).toMatch(sentence);
  // Nothing was created or served on the way.
  expect(fs.existsSync(pgliteDir)).toBe(false);
  expect(result.stdout).not.toMatch(/Ready|demo sign-in/);
}

// Each run loads TypeScript tooling for the checks: seconds, or more on a busy machine.
describe("the launcher refuses", { timeout: 90_000 }, () => {
  it("a real deployment without AUTH_SECRET, on the embedded database", async () => {
    await expectRefusal(
      { SITE_URL: "https://encuentros.example" },
      /AUTH_SECRET is not set: a real deployment \(SITE_URL=https:\/\/encuentros\.example\)/,
    );
  });

  it("an AUTH_SECRET shorter than 32 characters", async () => {
    await expectRefusal(
      { SITE_URL: "https://encuentros.example", AUTH_SECRET: "short" },
      /^Error: AUTH_SECRET must be at least 32 characters/,
    );
  });

  it("a real deployment asked to load the demo", async () => {
    await expectRefusal(
      { SITE_URL: "https://encuentros.example", AUTH_SECRET: SECRET, SEED_DEMO_DATA: "true" },
      /SEED_DEMO_DATA=true .* local mode only/,
    );
  });

  it("a real deployment whose build is missing (it never builds)", async () => {
    await expectRefusal(
      { SITE_URL: "https://encuentros.example", AUTH_SECRET: SECRET },
      /The build in \.next-never-built is missing: build first with `npm run build`/,
    );
  });

  it("a DATABASE_URL with its quotes kept, instead of falling back to the embedded database", async () => {
    await expectRefusal(
      { DATABASE_URL: '"postgresql://postgres@127.0.0.1:5432/encuentros"' },
      /DATABASE_URL has quotes around it/,
    );
  });

  it("a DATABASE_URL for another database server", async () => {
    await expectRefusal(
      { DATABASE_URL: "mysql://root@127.0.0.1:3306/encuentros" },
      /DATABASE_URL must be a PostgreSQL URL \(postgresql:\/\/…\), not mysql:\/\/…/,
    );
  });

  it("a DATABASE_URL that is not a URL at all", async () => {
    await expectRefusal({ DATABASE_URL: "postgresql//typo" }, /DATABASE_URL is not a URL/);
  });

  it("the local demo on every network interface", async () => {
    await expectRefusal({ HOST: "0.0.0.0" }, /HOST=0\.0\.0\.0 would put the local demo .* on the network/);
  });

  it("a wrong value, naming the variable and what it expects", async () => {
    await expectRefusal({ PORT: "eighty" }, /^Error: PORT must be a port number from 1 to 65535\.$/);
  });
});
