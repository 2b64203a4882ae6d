import { describe, expect, it } from "vitest";
import { getEditableMeeting } from "@/lib/meetings/admin-data";
import { getSeriesForEdit } from "@/lib/series/data";
import { getVenueForEdit } from "@/lib/venues/data";
import { ID_INPUTS } from "@/tests/support/hostile-inputs";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

// The staff edit pages read the record named in their URL: whatever is
// typed there, the page answers "not found", never a server error.
describe.each(DATABASE_KINDS)("staff edit pages given any id on %s", (kind) => {
  migratedDatabaseFor(kind, { seedOn: "2027-01-10", inApp: true });

  it("find nothing, and fail on nothing, for every hostile id", async () => {
    for (const id of ID_INPUTS) {
      for (const read of [getEditableMeeting, getSeriesForEdit, getVenueForEdit]) {
        await expect(read(id), `${read.name}(${JSON.stringify(id.slice(0, 40))})`).resolves.toBeNull();
      }
    }
  });
});
