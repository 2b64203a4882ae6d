import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { createStaffAccount, setStaffPassword } from "@/lib/auth/staff-accounts";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

describe.each(DATABASE_KINDS)("staff accounts on %s", (kind) => {
  const fixture = migratedDatabaseFor(kind);

  it("creates an account with a normalized email and a verifiable hash", async () => {
    const user = await createStaffAccount(fixture.db, {
      email: "  Ana.Lopez@Example.org ",
      name: "Ana López",
      password: "una contraseña larga",
      role: "EDITOR",
    });
    expect(user).toMatchObject({ email: "ana.lopez@example.org", role: "EDITOR", active: true });
    const account = await fixture.db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword({ hash: account.password!, password: "una contraseña larga" })).toBe(true);
  });

  it("changing a password replaces the hash and signs the account out everywhere", async () => {
    const user = await fixture.db.user.findUniqueOrThrow({ where: { email: "ana.lopez@example.org" } });
    await fixture.db.session.create({
      data: { id: "s1", token: "t1", userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    await setStaffPassword(fixture.db, user.id, "otra contraseña distinta");
    const account = await fixture.db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword({ hash: account.password!, password: "otra contraseña distinta" })).toBe(true);
    expect(await verifyPassword({ hash: account.password!, password: "una contraseña larga" })).toBe(false);
    expect(await fixture.db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a second account with the same email", async () => {
    await expect(
      createStaffAccount(fixture.db, {
        email: "ana.lopez@example.org",
        name: "Otra",
        password: "una contraseña larga",
        role: "ADMIN",
      }),
    ).rejects.toThrow();
    expect(await fixture.db.user.count()).toBe(1);
  });
});
