import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { applyMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/prisma/seed-demo";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

/** Every row of every table in the public schema, in a stable order, as JSON. */
async function everyRow(db: PrismaClient): Promise<Record<string, string[]>> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name::text AS table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const rows: Record<string, string[]> = {};
  for (const { table_name: table } of tables) {
    const result = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${table}" t`);
    rows[table] = result.map((entry) => entry.row).sort();
  }
  return rows;
}

describe.each(DATABASE_KINDS)("backup and restore on %s", (kind) => {
  let source: TestDatabase;
  let copy: TestDatabase;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-backup-"));
  const file = path.join(folder, kind === "postgres" ? "backup.dump" : "backup.tar.gz");

  beforeAll(async () => {
    source = await createTestDatabase(kind);
    copy = await createTestDatabase(kind);
    await applyMigrations(source.target);
    const db = source.connect();
    try {
      await seedDemoData(db, "2027-01-10");
      await createStaffAccount(db, {
        email: "ana@example.org",
        name: "Ana López 😀",
        password: "una contraseña larga",
        role: "EDITOR",
      });
      await db.credentialFailure.create({
        data: { address: "203.0.113.1", account: "x@example.org", failures: 1, lastFailureAt: new Date() },
      });
    } finally {
      await db.$disconnect();
    }
  });

  afterAll(async () => {
    await source.drop();
    await copy.drop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("restores every row of every table exactly", async () => {
    await backupDatabase(source.target, file);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    await restoreDatabase(copy.target, file);

    const [original, restored] = [source.connect(), copy.connect()];
    try {
      const before = await everyRow(original);
      const after = await everyRow(restored);
      expect(Object.keys(before)).toContain("Meeting");
      expect(before.Meeting!.length).toBeGreaterThan(20);
      expect(after).toEqual(before);
    } finally {
      await original.$disconnect();
      await restored.$disconnect();
    }
  });

  it("restoring over changed data brings back the backed-up state", async () => {
    const db = copy.connect();
    try {
      await db.meetingTranslation.deleteMany({});
      await db.meeting.deleteMany({});
    } finally {
      await db.$disconnect();
    }
    await restoreDatabase(copy.target, file);
    const restored = copy.connect();
    try {
      expect(await restored.meeting.count()).toBeGreaterThan(20);
    } finally {
      await restored.$disconnect();
    }
  });
});
