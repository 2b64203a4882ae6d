import { beforeAll, describe, expect, it, vi } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { getEnv } from "@/lib/env";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { TEST_PASSWORD } from "@/tests/support/staff-sessions";
import { DATABASE_KINDS } from "@/tests/support/test-database";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

/**
 * Staff sign in through a server action (Next.js checks its Origin) and
 * better-auth's HTTP endpoints are not mounted. Should they ever be, its
 * own check must refuse a sign-in posted from another site: only SITE_URL
 * (its baseURL) is a trusted origin.
 */
describe.each(DATABASE_KINDS)("better-auth sign-in origin check on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { inApp: true });
  const email = `origin-${kind}@example.org`;

  beforeAll(async () => {
    await createStaffAccount(database.db, { email, name: "Origin", password: TEST_PASSWORD, role: "EDITOR" });
  });

  const signIn = (origin: string) =>
    getAuth().handler(
      new Request(`${getEnv().SITE_URL}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify({ email, password: TEST_PASSWORD }),
      }),
    );

  it("refuses a sign-in from another origin and starts no session", async () => {
    const response = await signIn("https://evil.example");
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await database.db.session.count({ where: { user: { email } } })).toBe(0);
  });

  it("accepts the same sign-in from the site itself", async () => {
    const response = await signIn(new URL(getEnv().SITE_URL).origin);
    expect(response.status).toBe(200);
    expect(await database.db.session.count({ where: { user: { email } } })).toBe(1);
  });
});
