import { beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/roles";
import { listPublicStatements, listStatementChanges, listStatementHistory } from "@/lib/statements/data";
import {
  proposeStatementChange,
  reviewStatementChange,
  setStatementChangesNeedReview,
  updateStatement,
} from "@/lib/statements/mutations";
import { statementEditSchema } from "@/lib/statements/schema";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const RAIDS = "demo-statement-raids";

// As the edit form sends it, restated on 9 January (a new statement reads only the date).
const fields = (textEn: string, textEs: string) =>
  statementEditSchema.parse({
    section: "WILL_NOT",
    position: "1",
    statedOn: "2027-01-09",
    dateChoice: "restated",
    textEn,
    textEs,
    sourceEn: "Interim Chief",
    sourceEs: "Jefe interino",
    sourceUrl: "",
  });

describe.each(DATABASE_KINDS)("statement changes that need review on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { seedOn: "2027-01-10", inApp: true });
  let admin: StaffUser;
  let otherAdmin: StaffUser;
  let editor: StaffUser;

  async function staff(role: "ADMIN" | "EDITOR", name: string): Promise<StaffUser> {
    const row = await database.db.user.create({ data: { email: `${name}-${kind}@example.test`, name, role } });
    return { id: row.id, email: row.email, name: row.name, role };
  }

  const raidsText = async (locale: "en" | "es") =>
    (await listPublicStatements(locale)).find((statement) => statement.id === RAIDS)?.text;

  beforeAll(async () => {
    admin = await staff("ADMIN", "admin");
    otherAdmin = await staff("ADMIN", "other-admin");
    editor = await staff("EDITOR", "editor");
  });

  it("lets only an admin turn review on; until then nobody can propose, and editors cannot save", async () => {
    expect(await proposeStatementChange(editor, RAIDS, fields("Proposed", "Propuesta"))).toEqual({
      ok: false,
      reason: "reviewOff",
    });
    expect(await updateStatement(editor, RAIDS, fields("Direct", "Directa"))).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await setStatementChangesNeedReview(editor, true)).toEqual({ ok: false, reason: "forbidden" });
    expect(await setStatementChangesNeedReview(admin, true)).toEqual({ ok: true });
    expect(
      await database.db.auditEntry.count({
        where: {
          entityType: "staffSettings",
          event: "statement.reviewSetting",
          params: { equals: { required: true } },
        },
      }),
    ).toBe(1);
  });

  it("keeps the current text public while an editor's proposal waits; another admin approves it into the public text and its history", async () => {
    const before = await raidsText("es");
    const proposed = await proposeStatementChange(
      editor,
      RAIDS,
      fields("The police will not join raids, restated.", "La policía no participará en redadas, reiterado."),
    );
    expect(proposed).toMatchObject({ ok: true });
    const changeId = (proposed as { id: string }).id;
    expect(await raidsText("es")).toBe(before);
    expect(await listStatementChanges()).toEqual([
      expect.objectContaining({ id: changeId, statementId: RAIDS, proposedBy: "editor", sentBack: false }),
    ]);

    expect(await reviewStatementChange(editor, changeId, { decision: "approve", comment: "" })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await raidsText("en")).not.toBe("The police will not join raids, restated.");
    expect(await reviewStatementChange(admin, changeId, { decision: "approve", comment: "" })).toEqual({
      ok: true,
      id: RAIDS,
    });
    expect(await raidsText("en")).toBe("The police will not join raids, restated.");
    expect(await raidsText("es")).toBe("La policía no participará en redadas, reiterado.");
    const history = (await listStatementHistory("es")).find((entry) => entry.id === RAIDS)!;
    expect(history.versions[0]!.text).toBe("La policía no participará en redadas, reiterado.");
    expect(history.versions[1]!.text).toBe(before);
    const actions = await database.db.auditEntry.findMany({
      where: { OR: [{ entityId: changeId }, { entityId: RAIDS, action: "UPDATE" }] },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual([
      { action: "REQUEST_REVIEW", actorId: editor.id },
      { action: "APPROVE", actorId: admin.id },
      { action: "UPDATE", actorId: admin.id },
    ]);
    expect(await listStatementChanges()).toEqual([]);
  });

  it("never lets an admin approve their own proposal; another admin sends it back with a comment, and nothing public changes", async () => {
    const before = await raidsText("en");
    const proposed = await proposeStatementChange(
      admin,
      RAIDS,
      fields("An admin's own wording.", "La redacción de un administrador."),
    );
    const changeId = (proposed as { id: string }).id;
    expect(await reviewStatementChange(admin, changeId, { decision: "approve", comment: "" })).toEqual({
      ok: false,
      reason: "ownProposal",
    });
    expect(
      await reviewStatementChange(otherAdmin, changeId, { decision: "sendBack", comment: "Keep the chief's words." }),
    ).toEqual({ ok: true, id: changeId });
    expect(await raidsText("en")).toBe(before);
    expect(await listStatementChanges()).toEqual([
      expect.objectContaining({ id: changeId, sentBack: true, reviewComment: "Keep the chief's words." }),
    ]);
    // A sent-back proposal is decided: it cannot be approved afterwards.
    expect(await reviewStatementChange(otherAdmin, changeId, { decision: "approve", comment: "" })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(
      await database.db.auditEntry.count({
        where: { entityId: changeId, action: "SEND_BACK", actorId: otherAdmin.id },
      }),
    ).toBe(1);

    // Proposing again replaces the sent-back one.
    await proposeStatementChange(admin, RAIDS, fields("An admin's second wording.", "La segunda redacción."));
    expect((await listStatementChanges()).map((change) => change.sentBack)).toEqual([false]);
  });

  it("approves a proposed new statement into the list, leaving the others as they were", async () => {
    const raidsBefore = await raidsText("en");
    const countBefore = (await listPublicStatements("en")).length;
    const proposed = await proposeStatementChange(editor, null, fields("A new commitment.", "Un compromiso nuevo."));
    const changeId = (proposed as { id: string }).id;
    expect((await listPublicStatements("en")).some((statement) => statement.text === "A new commitment.")).toBe(false);
    expect(await reviewStatementChange(otherAdmin, changeId, { decision: "approve", comment: "" })).toMatchObject({
      ok: true,
    });
    expect((await listPublicStatements("es")).some((statement) => statement.text === "Un compromiso nuevo.")).toBe(
      true,
    );
    expect((await listPublicStatements("en")).length).toBe(countBefore + 1);
    expect(await raidsText("en")).toBe(raidsBefore);
  });
});
