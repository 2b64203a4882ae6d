import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ensureSystemTools, postgresBinFolder, type SystemTool } from "@/tests/support/system-tools";

const chromium = (installed: { value: boolean }): SystemTool => ({
  name: "Chromium",
  debianPackage: "chromium",
  find: () => (installed.value ? "/usr/bin/chromium" : null),
});
const postgres: SystemTool = {
  name: "PostgreSQL's server programs (initdb, pg_ctl)",
  debianPackage: "postgresql",
  find: () => null,
};

describe("the system programs npm test needs", () => {
  it("stops with one sentence naming the command when a program is missing and apt-get may not be used", () => {
    const install = vi.fn(() => true);
    expect(ensureSystemTools([chromium({ value: false })], () => null, install)).toBe(
      'The tests need Chromium, which is not installed: run "sudo apt-get install -y chromium", then run the tests again.',
    );
    expect(install).not.toHaveBeenCalled();
  });

  it("names every missing program and its package in that one sentence", () => {
    expect(ensureSystemTools([chromium({ value: false }), postgres], () => null)).toBe(
      "The tests need Chromium and PostgreSQL's server programs (initdb, pg_ctl), which are not installed: " +
        'run "sudo apt-get install -y chromium postgresql", then run the tests again.',
    );
  });

  it("installs the missing packages as root or through sudo, and goes on when they are there", () => {
    for (const access of ["root", "sudo"] as const) {
      const installed = { value: false };
      const install = vi.fn(() => (installed.value = true));
      expect(ensureSystemTools([chromium(installed), chromium({ value: true })], () => access, install)).toBeNull();
      expect(install).toHaveBeenCalledWith(access, ["chromium"]);
    }
  });

  it("still stops with the sentence when the install did not bring the program", () => {
    expect(
      ensureSystemTools(
        [postgres],
        () => "root",
        () => false,
      ),
    ).toMatch(/^The tests need PostgreSQL's server programs .*"sudo apt-get install -y postgresql"/);
  });

  it("asks for nothing when every program is there", () => {
    const install = vi.fn(() => true);
    expect(ensureSystemTools([chromium({ value: true })], () => "root", install)).toBeNull();
    expect(install).not.toHaveBeenCalled();
  });
});

describe("where PostgreSQL's server programs are", () => {
  const folders: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });

  function debianLayout(versions: string[]): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-pgbin-"));
    folders.push(root);
    for (const version of versions) {
      fs.mkdirSync(path.join(root, version, "bin"), { recursive: true });
      fs.writeFileSync(path.join(root, version, "bin", "initdb"), "", { mode: 0o755 });
    }
    return root;
  }

  it("takes the newest installed version, PGBIN when it is set, and nothing when none is installed", () => {
    vi.stubEnv("PGBIN", "");
    const root = debianLayout(["9", "15", "17"]);
    expect(postgresBinFolder(root)).toBe(path.join(root, "17", "bin"));
    expect(postgresBinFolder(debianLayout([]))).toBeNull();
    vi.stubEnv("PGBIN", "/opt/pg/bin");
    expect(postgresBinFolder(root)).toBe("/opt/pg/bin");
  });
});
