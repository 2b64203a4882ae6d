import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/roles";
import { cachedEntry, cacheStore, makeEntry, storeEntry } from "@/lib/serving/page-cache";
import { applyMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toFieldErrors } from "@/lib/forms/form-state";
import { getStatementForEdit, listPublicStatements, listStatementHistory } from "@/lib/statements/data";
import { updateStatement } from "@/lib/statements/mutations";
import { statementEditSchema } from "@/lib/statements/schema";
import { zonedDateKey } from "@/lib/time/central-time";
import { DEMO_STATEMENTS } from "@/prisma/seed-data";
import { seedDemoData } from "@/prisma/seed-demo";
import { releaseAppDatabase, pointAppAtDatabase } from "@/tests/support/app-database";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

const RAIDS = "demo-statement-raids";

describe.each(DATABASE_KINDS)("statements on %s", (kind) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let admin: StaffUser;
  let editor: StaffUser;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await applyMigrations(database.target);
    db = database.connect();
    pointAppAtDatabase(db);
    await seedDemoData(db, "2027-01-10");
    const adminRow = await db.user.create({ data: { email: "admin@example.test", name: "Admin", role: "ADMIN" } });
    const editorRow = await db.user.create({ data: { email: "editor@example.test", name: "Editor", role: "EDITOR" } });
    admin = { id: adminRow.id, email: adminRow.email, name: adminRow.name, role: "ADMIN" };
    editor = { id: editorRow.id, email: editorRow.email, name: editorRow.name, role: "EDITOR" };
  });

  afterAll(async () => {
    releaseAppDatabase();
    await db.$disconnect();
    await database.drop();
  });

  it("seeds the four statements from the news story, each with its first version, in both languages", async () => {
    const en = await listPublicStatements("en");
    const es = await listPublicStatements("es");
    expect(en.map((statement) => statement.section)).toEqual(["WILL_NOT", "WILL_NOT", "WILL_NOT", "STILL_APPLIES"]);
    expect(en[0]!.text).toMatch(/deportation raids/);
    expect(es[0]!.text).toMatch(/redadas federales de deportación/);
    expect(en[0]!.source).toBe("Interim Chief Michael Igo, community meeting at Familia Bethel Internacional");
    expect(es[3]!.text).toMatch(/órdenes de arresto/);
    expect(await db.statementVersion.count()).toBe(DEMO_STATEMENTS.length);
  });

  it("keeps the old text in the public history when an admin changes the Spanish text, and empties the page cache", async () => {
    const before = (await listPublicStatements("es")).find((statement) => statement.id === RAIDS)!;
    const english = (await listPublicStatements("en")).find((statement) => statement.id === RAIDS)!;
    storeEntry("/es/que-saber", makeEntry(200, [], new TextEncoder().encode("old page")), cacheStore().generation);
    const today = zonedDateKey(new Date());
    const input = statementEditSchema.parse({
      section: "WILL_NOT",
      position: "1",
      statedOn: today,
      dateChoice: "restated",
      textEn: english.text,
      textEs: "La policía de Dallas no participará en redadas de inmigración.",
      sourceEn: english.source,
      sourceEs: before.source,
      sourceUrl: "https://example.org/news",
    });
    expect(await updateStatement(admin, RAIDS, input)).toEqual({ ok: true, id: RAIDS });
    expect(cachedEntry("/es/que-saber")).toBeNull();

    const now = (await listPublicStatements("es")).find((statement) => statement.id === RAIDS)!;
    expect(now).toMatchObject({
      text: "La policía de Dallas no participará en redadas de inmigración.",
      statedOn: today,
      sourceUrl: "https://example.org/news",
    });
    const history = (await listStatementHistory("es")).find((statement) => statement.id === RAIDS)!;
    expect(history.versions.map((version) => version.text)).toEqual([
      "La policía de Dallas no participará en redadas de inmigración.",
      before.text,
    ]);
    expect(history.versions[1]!.statedOn).toBe(before.statedOn);
    expect(history.versions[0]!.recordedOn).toBe(today);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "statement", entityId: RAIDS } });
    expect(audit.action).toBe("UPDATE");
    expect((audit.before as { textEs: string }).textEs).toBe(before.text);

    // Saving the same values again adds no version and no audit entry.
    expect(await updateStatement(admin, RAIDS, input)).toEqual({ ok: true, id: RAIDS });
    expect(await db.statementVersion.count({ where: { statementId: RAIDS } })).toBe(2);
    expect(await db.auditEntry.count({ where: { entityType: "statement" } })).toBe(1);
  });

  it("refuses an editor, and an unknown id, without a version", async () => {
    const versions = await db.statementVersion.count();
    const input = statementEditSchema.parse({
      section: "WILL_NOT",
      position: "1",
      statedOn: "2027-01-10",
      dateChoice: "restated",
      textEn: "x",
      textEs: "y",
      sourceEn: "a",
      sourceEs: "b",
    });
    expect(await updateStatement(editor, RAIDS, input)).toEqual({ ok: false, reason: "forbidden" });
    expect(await updateStatement(admin, "cmissingstatement000000000", input)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await db.statementVersion.count()).toBe(versions);
  });

  it("asks each save whether the department confirmed it again; words changed under a kept date are dated apart, and a Spanish-only change is none in English", async () => {
    const id = (await listPublicStatements("en"))[1]!.id;
    // Its first version, saved in November: today's changes show as today's.
    await db.statementVersion.updateMany({
      where: { statementId: id },
      data: { recordedAt: new Date("2026-11-20T18:00:00Z") },
    });
    const read = async (locale: "en" | "es") =>
      (await listPublicStatements(locale)).find((statement) => statement.id === id)!;
    const history = async (locale: "en" | "es") =>
      (await listStatementHistory(locale)).find((statement) => statement.id === id)!.versions;
    const [enBefore, esBefore, enHistoryBefore] = [await read("en"), await read("es"), await history("en")];
    expect(enBefore.wordingChangedOn).toBe("2026-11-20");
    const today = zonedDateKey(new Date());

    // The form starts with the question unanswered (and today's date for "yes"): saving without an answer is refused.
    const { values } = (await getStatementForEdit(id))!;
    expect(values).toMatchObject({ dateChoice: "", statedOn: today });
    const unanswered = statementEditSchema.safeParse({ ...values, textEs: "Nueva redacción en español." });
    expect(unanswered.success ? null : toFieldErrors(unanswered.error)).toEqual({
      dateChoice: { key: "chooseConfirmation" },
    });
    expect(
      statementEditSchema.safeParse({ ...values, dateChoice: "restated", statedOn: "" }).error?.issues[0]?.path,
    ).toEqual(["statedOn"]);

    // "No": the new Spanish words, under the date as it was, with the day they changed.
    expect(
      await updateStatement(
        admin,
        id,
        statementEditSchema.parse({ ...values, textEs: "Nueva redacción en español.", dateChoice: "keep" }),
      ),
    ).toEqual({ ok: true, id });
    expect(await read("es")).toMatchObject({
      text: "Nueva redacción en español.",
      statedOn: esBefore.statedOn,
      wordingChangedOn: today,
    });
    expect(await read("en")).toEqual(enBefore);
    expect(await history("en")).toEqual(enHistoryBefore);
    const spanish = await history("es");
    expect(spanish.map((version) => [version.text, version.statedOn])).toEqual([
      ["Nueva redacción en español.", esBefore.statedOn],
      [esBefore.text, esBefore.statedOn],
    ]);

    // "Yes": the date changes, which both languages see; the English words have not changed since November.
    expect(
      await updateStatement(
        admin,
        id,
        statementEditSchema.parse({
          ...values,
          textEs: "Nueva redacción en español.",
          dateChoice: "restated",
          statedOn: "2027-01-15",
        }),
      ),
    ).toEqual({ ok: true, id });
    expect(await read("en")).toMatchObject({ statedOn: "2027-01-15", wordingChangedOn: "2026-11-20" });
    expect((await history("en")).map((version) => version.statedOn)).toEqual(["2027-01-15", enBefore.statedOn]);
    expect(await history("es")).toHaveLength(3);
  });

  it("seeding again leaves an admin's edits and their history alone", async () => {
    const edited = (await listPublicStatements("es")).find((statement) => statement.id === RAIDS)!.text;
    await seedDemoData(db, "2027-01-10");
    expect((await listPublicStatements("es")).find((statement) => statement.id === RAIDS)!.text).toBe(edited);
    expect(await db.statementVersion.count({ where: { statementId: RAIDS } })).toBe(2);
  });
});
