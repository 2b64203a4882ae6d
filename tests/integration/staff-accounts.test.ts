import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount, setStaffPassword } from "@/lib/auth/staff-accounts";
import { applyMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

describe.each(DATABASE_KINDS)("staff accounts on %s", (kind) => {
  let database: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await applyMigrations(database.target);
    db = database.connect();
  });

  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it("creates an account with a normalized email and a verifiable hash", async () => {
    const user = await createStaffAccount(db, { email: "  Ana.Lopez@Example.org ", name: "Ana López", password: "una contraseña larga", role: "EDITOR" });
    expect(user).toMatchObject({ email: "ana.lopez@example.org", role: "EDITOR", active: true });
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword({ hash: account.password!, password: "una contraseña larga" })).toBe(true);
  });

  it("changing a password replaces the hash and signs the account out everywhere", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "ana.lopez@example.org" } });
    await db.session.create({
      data: { id: "s1", token: "t1", userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    await setStaffPassword(db, user.id, "otra contraseña distinta");
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(await verifyPassword({ hash: account.password!, password: "otra contraseña distinta" })).toBe(true);
    expect(await verifyPassword({ hash: account.password!, password: "una contraseña larga" })).toBe(false);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a second account with the same email", async () => {
    await expect(
      createStaffAccount(db, { email: "ana.lopez@example.org", name: "Otra", password: "una contraseña larga", role: "ADMIN" }),
    ).rejects.toThrow();
    expect(await db.user.count()).toBe(1);
  });
});
