import { execFileSync, spawnSync } from "node:child_process";

/** Debian's packages for the given commands (wrk, nginx), installed with apt-get when missing and allowed (root). */
export function ensureTools(tools: readonly ("wrk" | "nginx")[]): void {
  const missing = tools.filter(
    (tool) => spawnSync("sh", ["-c", `command -v ${tool} || test -x /usr/sbin/${tool}`]).status !== 0,
  );
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error(`This needs ${missing.join(" and ")}: sudo apt-get install -y ${missing.join(" ")}`);
  console.log(`› Installing ${missing.join(" and ")} from Debian's packages…`);
  execFileSync(
    "apt-get",
    ["install", "-y", "-q", ...missing.map((tool) => (tool === "nginx" ? "nginx-light" : tool))],
    {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    },
  );
}
