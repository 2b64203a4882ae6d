import fs from "node:fs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { pointAppAtDatabase } from "@/tests/support/app-database";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { TEST_PASSWORD } from "@/tests/support/staff-sessions";

/**
 * The nginx recipe must recognise a staff member's requests by the session
 * cookie the app really sets, or it would answer them from (and store them
 * in) the public micro-cache.
 */

const RECIPE = fs.readFileSync("lib/deploy/nginx-site.conf", "utf8");

/** The recipe's `map $http_cookie $encuentros_has_session` regexes (nginx's `~` is a case-sensitive PCRE). */
function sessionCookiePatterns(): RegExp[] {
  const block = /map \$http_cookie \$encuentros_has_session \{([^}]*)\}/.exec(RECIPE)?.[1];
  if (!block) throw new Error("The recipe has no session map");
  return [...block.matchAll(/"~([^"]+)"\s+1;/g)].map((match) => new RegExp(match[1]!));
}

const bypassesCache = (cookieHeader: string) => sessionCookiePatterns().some((pattern) => pattern.test(cookieHeader));

/** The name of the cookie carrying the session that better-auth opened, from the sign-in's own Set-Cookie headers. */
async function sessionCookieSetOnSignIn(email: string): Promise<{ name: string; value: string; others: string[] }> {
  // A fresh environment and better-auth instance for the SITE_URL stubbed by the test.
  vi.resetModules();
  const { getAuth } = await import("@/lib/auth/auth");
  const response = await getAuth().api.signInEmail({
    body: { email, password: TEST_PASSWORD, rememberMe: false },
    asResponse: true,
  });
  const { token } = (await response.json()) as { token: string };
  const cookies = response.headers.getSetCookie().map((header) => header.split(";")[0]!.split("="));
  const session = cookies.find(([, value]) => decodeURIComponent(value ?? "").startsWith(`${token}.`));
  if (!session) throw new Error(`No cookie carries the session token: ${cookies.map(([name]) => name).join(", ")}`);
  return {
    name: session[0]!,
    value: session[1]!,
    others: cookies.filter((cookie) => cookie !== session).map(([name]) => name!),
  };
}

describe("the nginx recipe's staff-session map", () => {
  const fixture = migratedDatabaseFor("pglite", { inApp: true });

  beforeAll(async () => {
    await createStaffAccount(fixture.db, {
      email: "cookie@example.org",
      name: "Cookie Test",
      password: TEST_PASSWORD,
      role: "EDITOR",
    });
  });

  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ["http://localhost:3000", "encuentros.session_token"],
    ["https://encuentros.example", "__Secure-encuentros.session_token"],
  ])("matches the session cookie the app sets when SITE_URL is %s", async (siteUrl, expectedName) => {
    vi.stubEnv("SITE_URL", siteUrl);
    // A real deployment (the https address) refuses to sign sessions without a secret of its own.
    vi.stubEnv("AUTH_SECRET", "a-test-secret-of-at-least-thirty-two-characters");
    pointAppAtDatabase(fixture.db);
    const session = await sessionCookieSetOnSignIn("cookie@example.org");
    expect(session.name).toBe(expectedName);

    // Where a browser may put it in its Cookie header.
    expect(bypassesCache(`${session.name}=${session.value}`)).toBe(true);
    expect(bypassesCache(`theme=dark; ${session.name}=${session.value}; lang=es`)).toBe(true);
    // Other cookies, and names that only look alike, keep the cache.
    expect(bypassesCache("theme=dark; lang=es")).toBe(false);
    expect(bypassesCache(`x${session.name}=1`)).toBe(false);
    for (const other of session.others) expect(bypassesCache(`${other}=1`), other).toBe(false);
  });
});
