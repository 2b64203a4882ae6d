import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * Programs some tests need from the operating system rather than from npm,
 * and the Debian package that brings each. `npm test` (tests/run-all.ts)
 * checks them before it builds anything, installs what is missing when it
 * may (as root, or with passwordless sudo), as the benchmark does for wrk
 * and nginx, and otherwise stops with one sentence naming the command to run.
 */
export type SystemTool = { name: string; debianPackage: string; find(): string | null };

const isExecutable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** Debian's Chromium, for Lighthouse in `npm run bench`; CHROMIUM_PATH for another binary. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/**
 * The browser Playwright drives (it cannot download browsers here): Debian's
 * build of Chromium's headless shell, the headless mode Playwright itself
 * uses by default, which has no browser window code to run. The same tests
 * took a third less time with it than with the full Chromium started
 * headless, on a machine whose two cores the tests keep busy.
 * HEADLESS_CHROMIUM_PATH for another binary.
 */
export function headlessChromiumPath(): string {
  return process.env.HEADLESS_CHROMIUM_PATH || "/usr/lib/chromium/chromium-headless-shell";
}

/**
 * The folder of PostgreSQL's server programs (initdb, pg_ctl, postgres):
 * PGBIN, else the newest of Debian's /usr/lib/postgresql/<version>/bin.
 */
export function postgresBinFolder(root = "/usr/lib/postgresql"): string | null {
  if (process.env.PGBIN) return process.env.PGBIN;
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((name) => /^\d+$/.test(name)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a)).map((version) => path.join(root, version, "bin"));
  return newest.find((folder) => isExecutable(path.join(folder, "initdb"))) ?? null;
}

const onPath = (program: string) =>
  spawnSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" }).stdout.trim() || null;

export const CHROMIUM: SystemTool = {
  name: "Chromium",
  debianPackage: "chromium",
  find: () => (isExecutable(chromiumPath()) ? chromiumPath() : null),
};

export const HEADLESS_CHROMIUM: SystemTool = {
  name: "Chromium's headless shell",
  debianPackage: "chromium-headless-shell",
  find: () => (isExecutable(headlessChromiumPath()) ? headlessChromiumPath() : null),
};

/** The fault tests start and stop a PostgreSQL server of their own. */
export const POSTGRES_SERVER: SystemTool = {
  name: "PostgreSQL's server programs (initdb, pg_ctl)",
  debianPackage: "postgresql",
  find: () => {
    const folder = postgresBinFolder();
    return folder && ["initdb", "pg_ctl", "postgres"].every((program) => isExecutable(path.join(folder, program)))
      ? folder
      : null;
  },
};

/** The backup round trip on PostgreSQL runs pg_dump and pg_restore. */
export const POSTGRES_CLIENT: SystemTool = {
  name: "pg_dump and pg_restore",
  debianPackage: "postgresql-client",
  find: () => (onPath("pg_dump") && onPath("pg_restore") ? onPath("pg_dump") : null),
};

/** The Nu HTML Checker (npm's vnu-jar) that checks the residents' pages runs on Java 11 or newer. */
export const JAVA: SystemTool = {
  name: "Java (for the HTML checker)",
  debianPackage: "default-jre-headless",
  find: () => onPath("java"),
};

/** How this process may run apt-get: directly as root, through passwordless sudo, or not at all. */
export type AptAccess = "root" | "sudo" | null;

export function aptAccess(): AptAccess {
  if (!onPath("apt-get")) return null;
  if (process.getuid?.() === 0) return "root";
  return spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0 ? "sudo" : null;
}

export function missingToolsSentence(missing: SystemTool[]): string {
  const names = missing.map((tool) => tool.name).join(" and ");
  const packages = missing.map((tool) => tool.debianPackage).join(" ");
  return `The tests need ${names}, which ${missing.length > 1 ? "are" : "is"} not installed: run "sudo apt-get install -y ${packages}", then run the tests again.`;
}

type Install = (access: Exclude<AptAccess, null>, packages: string[]) => boolean;

const aptInstall: Install = (access, packages) => {
  const [command, ...prefix] = access === "sudo" ? ["sudo", "-n", "apt-get"] : ["apt-get"];
  const apt = (args: string[]) =>
    spawnSync(command!, [...prefix, ...args], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  return apt(["update", "-q"]) && apt(["install", "-y", "-q", ...packages]);
};

/**
 * Installs the missing tools when apt-get may be used; returns null when
 * every tool is there afterwards, else the sentence that says what to run.
 */
export function ensureSystemTools(
  tools: SystemTool[],
  howToInstall: () => AptAccess = aptAccess,
  install: Install = aptInstall,
): string | null {
  const missing = tools.filter((tool) => !tool.find());
  if (missing.length === 0) return null;
  const access = howToInstall();
  if (access) {
    console.log(`› Installing ${missing.map((tool) => tool.debianPackage).join(" ")} from Debian's packages…`);
    install(
      access,
      missing.map((tool) => tool.debianPackage),
    );
  }
  const stillMissing = missing.filter((tool) => !tool.find());
  return stillMissing.length ? missingToolsSentence(stillMissing) : null;
}
