import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * `npm run bench` runs the app's modules in plain Node.js under the
 * `react-server` condition (so `server-only` loads), where Node's own ESM
 * linker, unlike Next.js's bundler, refuses a named import the module does
 * not have. A module that pulls a React client entry into a server-side
 * path (next-intl's `createTranslator`, reached through the email kinds,
 * did) breaks the bench before it measures anything: load every module it
 * loads, as it does.
 */
describe("the benchmark", () => {
  it("loads every module tests/bench/run.ts imports under the react-server condition", () => {
    const run = fs.readFileSync("tests/bench/run.ts", "utf8");
    const modules = [...run.matchAll(/^import .* from "([^"]+)";$/gm)].map(([, name]) =>
      name!.replace(/^\.\//, "./tests/bench/").replace(/^@\//, "./"),
    );
    expect(modules).toContain("./tests/bench/query-latency");
    const script = `${modules.map((name) => `await import(${JSON.stringify(name.startsWith(".") ? `${name}.ts` : name)});`).join("")} console.log("loaded");`;
    const output = execFileSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", script],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(output.trim()).toBe("loaded");
  });
});
