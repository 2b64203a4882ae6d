import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHANGES_CHANNEL } from "@/lib/db/public-changes";
import { cachedEntry, cacheStore, clearPublicCache, makeEntry, storeEntry } from "@/lib/serving/page-cache";
import { writeTransaction } from "@/lib/db/write-transaction";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { pointAppAtDatabase, releaseAppDatabase } from "@/tests/support/app-database";
import { createMigratedTestDatabase } from "@/tests/support/migrated-database";
import { DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

const EDITOR = { id: "editor-1", email: "editor@encuentros.test", name: "Editor", role: "EDITOR" } as const;

function cacheHoldsAPage(): void {
  cacheStore().hearsChanges = true;
  storeEntry("/es", makeEntry(200, [], new TextEncoder().encode("listing")), cacheStore().generation);
  expect(cachedEntry("/es")).not.toBeNull();
}

describe.each(DATABASE_KINDS)("content changes and the page cache on %s", (kind) => {
  let database: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createMigratedTestDatabase(kind);
    db = database.connect();
    pointAppAtDatabase(db);
  });

  afterAll(async () => {
    clearPublicCache();
    releaseAppDatabase();
    await db.$disconnect();
    await database.drop();
  });

  it("a committed change empties this instance's cache", async () => {
    cacheHoldsAPage();
    await writeTransaction({ action: "meeting.update", actor: EDITOR }, async (tx) => tx.$executeRaw`select 1`, {
      publicContent: true,
    });
    expect(cachedEntry("/es")).toBeNull();
  });

  it("a change that rolls back leaves the cache as it was", async () => {
    cacheHoldsAPage();
    await expect(
      writeTransaction(
        { action: "meeting.update", actor: EDITOR },
        async () => {
          throw new Error("refused halfway");
        },
        { publicContent: true },
      ),
    ).rejects.toThrow("refused halfway");
    expect(cachedEntry("/es")).not.toBeNull();
  });

  if (kind === "postgres") {
    it("other instances hear a change when it commits, and never hear one that rolls back", async () => {
      if (database.target.kind !== "postgres") throw new Error("a PostgreSQL target");
      const listener = new pg.Client({ connectionString: database.target.url });
      await listener.connect();
      const heard: string[] = [];
      listener.on("notification", (message) => heard.push(message.channel));
      await listener.query(`LISTEN ${CHANGES_CHANNEL}`);
      try {
        await writeTransaction(
          { action: "meeting.update", actor: EDITOR },
          async () => {
            throw new Error("rolled back");
          },
          { publicContent: true },
        ).catch(() => undefined);
        await writeTransaction({ action: "meeting.update", actor: EDITOR }, async (tx) => tx.$executeRaw`select 1`, {
          publicContent: true,
        });
        await expect.poll(() => heard).toEqual([CHANGES_CHANNEL]);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(heard).toEqual([CHANGES_CHANNEL]);
      } finally {
        await listener.end();
      }
    });
  }
});
