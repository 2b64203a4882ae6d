import { beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/roles";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { updateVenue } from "@/lib/venues/mutations";
import { venueInputSchema } from "@/lib/venues/schema";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

/** The venue form as posted from an edit page shown at `version`. */
const posted = (name: string, version: number) =>
  venueInputSchema.parse({
    name,
    kind: "SCHOOL",
    street: "1 Test Road",
    city: "Dallas",
    region: "TX",
    postalCode: "75201",
    version: String(version),
  });

describe.each(DATABASE_KINDS)("two saves of the same venue on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { inApp: true });
  let editor: StaffUser;
  let admin: StaffUser;
  let counter = 0;

  beforeAll(async () => {
    const staff = async (role: "EDITOR" | "ADMIN") => {
      const user = await createStaffAccount(database.db, {
        email: `${role.toLowerCase()}-${kind}@example.org`,
        name: role,
        password: "correct-horse-battery-2027",
        role,
      });
      return { id: user.id, email: user.email, name: user.name, role: user.role };
    };
    [editor, admin] = [await staff("EDITOR"), await staff("ADMIN")];
  });

  const newVenue = () =>
    database.db.venue.create({
      data: {
        slug: `race-${kind}-${++counter}`,
        kind: "CHURCH",
        name: "Before",
        street: "1 Test Road",
        city: "Dallas",
        postalCode: "75201",
      },
    });

  it("lets one of two saves at once from the same form win, and refuses the other as a conflict", async () => {
    const venue = await newVenue();
    const outcomes = await Promise.all([
      updateVenue(editor, venue.id, posted("Editor's name", 1)),
      updateVenue(admin, venue.id, posted("Admin's name", 1)),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([{ ok: false, reason: "conflict" }]);
    const saved = await database.db.venue.findUniqueOrThrow({ where: { id: venue.id } });
    expect(saved.name).toBe(outcomes[0]!.ok ? "Editor's name" : "Admin's name");
    expect(saved.version).toBe(2);
    expect(
      await database.db.auditEntry.count({ where: { entityType: "venue", entityId: venue.id, action: "UPDATE" } }),
    ).toBe(1);
  });

  it("refuses a save from a form shown before another save, and takes one shown after it", async () => {
    const venue = await newVenue();
    expect(await updateVenue(editor, venue.id, posted("First", 1))).toMatchObject({ ok: true });
    expect(await updateVenue(admin, venue.id, posted("Second", 1))).toEqual({ ok: false, reason: "conflict" });
    expect((await database.db.venue.findUniqueOrThrow({ where: { id: venue.id } })).name).toBe("First");
    expect(await updateVenue(admin, venue.id, posted("Second", 2))).toMatchObject({ ok: true });
    expect(await database.db.venue.findUniqueOrThrow({ where: { id: venue.id } })).toMatchObject({
      name: "Second",
      version: 3,
    });
  });
});
