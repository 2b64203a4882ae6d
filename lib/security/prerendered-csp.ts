import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { contentSecurityPolicy } from "./content-security-policy";

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const policies = new Map<string, string | null>();

/**
 * The policy for a page prerendered at build time. Its HTML is the same for
 * everyone, so it cannot carry a per-request nonce; instead the policy lists
 * the SHA-256 of each inline script in the built file (CSP level 2 hashes)
 * and allows the app's own script files. Null when no built file exists
 * (`next dev` renders every page per request and uses the nonce).
 */
export function prerenderedPagePolicy(pathname: string): string | null {
  if (!policies.has(pathname)) policies.set(pathname, readPolicy(pathname));
  return policies.get(pathname)!;
}

function readPolicy(pathname: string): string | null {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), getEnv().NEXT_DIST_DIR, "server", "app", `${pathname}.html`);
  let html: string;
  try {
    html = fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .map((match) => match[1]!)
    .filter((body) => body.length > 0)
    .map((body) => `'sha256-${crypto.createHash("sha256").update(body).digest("base64")}'`);
  return contentSecurityPolicy(`'self' ${[...new Set(hashes)].join(" ")}`);
}
