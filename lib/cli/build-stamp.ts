import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * What a production build was made from: the contents of its inputs.
 * `npm run build` writes it into the build
 * folder; `npm start` compares. Contents, not file times: a fresh checkout
 * or a copy of the same sources is the same build.
 */

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
];
// No variable is baked in: nothing is prerendered with SITE_URL (every page
// renders on request), and the one header that depends on it is added at
// run time (lib/server-process/transport-security.mjs). One build serves
// any SITE_URL.
// Not inputs: the Prisma client is made from prisma/schema.prisma (an input
// already); the launcher and the server around Next.js run beside the build, never in it.
const NOT_INPUTS = new Set([
  path.join("lib", "generated"),
  path.join("lib", "cli"),
  path.join("lib", "serving", "server.mjs"),
]);

export function sourceFingerprint(): string {
  const hash = crypto.createHash("sha256");
  const visit = (entry: string) => {
    if (!fs.existsSync(entry) || NOT_INPUTS.has(entry)) return;
    if (fs.statSync(entry).isDirectory()) {
      for (const child of fs.readdirSync(entry).sort()) visit(path.join(entry, child));
    } else {
      hash.update(`${entry}\0`).update(fs.readFileSync(entry)).update("\0");
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

function stampPath(distDir: string): string {
  return path.join(distDir, "encuentros-build-stamp");
}

export function writeBuildStamp(distDir: string, fingerprint: string): void {
  fs.writeFileSync(stampPath(distDir), fingerprint);
}

/** "missing", "stale" or "current" for the build in distDir. */
export function buildState(distDir: string, fingerprint: string): "missing" | "stale" | "current" {
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) return "missing";
  const stamp = fs.existsSync(stampPath(distDir)) ? fs.readFileSync(stampPath(distDir), "utf8") : "";
  return stamp === fingerprint ? "current" : "stale";
}
