import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Env } from "@/lib/env";

/**
 * What a production build was made from: the contents of its inputs, and
 * the variables baked into it. `npm run build` writes it into the build
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
// SITE_URL is in prerendered pages (canonical and share links) and in the
// security headers (HSTS when https) that `next build` fixes.
const BUILD_ENV = ["SITE_URL"] as const;
// Not inputs: the Prisma client is made from prisma/schema.prisma (an input
// already); the launcher and the server preload run beside the build, never in it.
const NOT_INPUTS = new Set([path.join("lib", "generated"), path.join("lib", "cli"), path.join("lib", "server-process")]);

export function sourceFingerprint(env: Pick<Env, (typeof BUILD_ENV)[number]>): string {
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
  for (const name of BUILD_ENV) hash.update(`${name}=${env[name]}\n`);
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
