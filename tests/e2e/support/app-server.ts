import { spawn, type ChildProcess } from "node:child_process";
import { baseURL as suiteBaseURL } from "../../../playwright.config";

/**
 * The production app started the way `npm start` does (migrate, seed, serve)
 * for a test that needs a server of its own: one it can kill. It serves the
 * build the Playwright web server already made (`.next-e2e`), so no second
 * build. It runs in its own process group, so a kill also reaches a
 * migration or build still running in the launcher's child.
 */
export type AppServer = { baseURL: string; output(): string; kill(signal?: NodeJS.Signals): Promise<void> };

export async function startAppServer(port: number, env: Record<string, string>): Promise<AppServer> {
  const baseURL = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["lib/cli/start.mjs"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    // The suite's SITE_URL, which the tests' sign-in posts name as their origin.
    env: { ...process.env, NEXT_DIST_DIR: ".next-e2e", TZ: "UTC", SITE_URL: suiteBaseURL, ...env, PORT: String(port) },
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`The app exited before serving:\n${output}`);
    // The server logs server.listening once it listens: until then a health
    // answer on this port would come from someone else's server.
    const ok =
      output.includes('"event":"server.listening"') &&
      (await fetch(`${baseURL}/api/health`).then(
        (response) => response.ok,
        () => false,
      ));
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`The app did not answer within 180 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    baseURL,
    output: () => output,
    async kill(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid!, signal);
      await exited;
    },
  };
}
