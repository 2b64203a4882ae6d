import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { pointAppAtDatabase, releaseAppDatabase } from "@/tests/support/app-database";
import { seedBulkMeetings, type BulkMeetingsSample } from "@/tests/support/bulk-meetings";
import { PAGE_QUERIES } from "@/tests/support/page-queries";
import { createCapturingClient, type CapturingClient } from "@/tests/support/query-capture";
import { explainTableScans } from "@/tests/support/query-plans";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

// The tables that grow without end; the others hold a handful of rows, where
// a sequential scan is the right plan.
const BIG_TABLES = new Set(["Meeting", "MeetingTranslation"]);
const INDEX_SCANS = new Set(["Index Scan", "Index Only Scan", "Bitmap Heap Scan"]);

describe.each(DATABASE_KINDS)("query plans with 100 000 meetings on %s", (kind) => {
  const now = new Date();
  let database: TestDatabase;
  let client: CapturingClient;
  let sample: BulkMeetingsSample;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await applyMigrations(database.target);
    client = createCapturingClient(database.target);
    sample = await seedBulkMeetings(client.db, { meetings: 100_000, upcoming: 100, now });
    pointAppAtDatabase(client.db);
  }, 180_000);

  afterAll(async () => {
    releaseAppDatabase();
    await client?.db.$disconnect();
    await database?.drop();
  });

  it.each(PAGE_QUERIES)("$name reaches meetings and their text through an index", async ({ run }) => {
    const statements = await client.capture(() => run(sample, now));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      const scans = (await explainTableScans(client.db, statement)).filter((scan) => BIG_TABLES.has(scan.table));
      expect(
        scans.filter((scan) => !INDEX_SCANS.has(scan.scan)),
        `${statement.sql}\n${JSON.stringify(scans)}`,
      ).toEqual([]);
    }
  });
});
