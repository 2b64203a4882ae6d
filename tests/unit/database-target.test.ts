import path from "node:path";
import { describe, expect, it } from "vitest";
import { explainDatabaseError } from "@/lib/db/errors";
import { DatabaseInUseError } from "@/lib/db/pglite-lock";
import { describeDatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { EnvError } from "@/lib/env";

describe("choosing the database", () => {
  it("uses PostgreSQL for a postgres URL, embedded PGlite when unset, and refuses anything else", () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: "postgresql://u@db:5432/app" })).toEqual({
      kind: "postgres",
      url: "postgresql://u@db:5432/app",
    });
    expect(resolveDatabaseTarget({})).toEqual({ kind: "pglite", dataDir: path.resolve(".data/pglite") });
    expect(resolveDatabaseTarget({ DATABASE_URL: "", PGLITE_DIR: "/tmp/x" })).toEqual({
      kind: "pglite",
      dataDir: "/tmp/x",
    });
    expect(() => resolveDatabaseTarget({ DATABASE_URL: "file:./dev.db", PGLITE_DIR: "/tmp/x" })).toThrow(EnvError);
  });

  it("never prints the database password", () => {
    const text = describeDatabaseTarget({ kind: "postgres", url: "postgresql://app:s3cret@db:5432/app" });
    expect(text).toBe("PostgreSQL at db:5432/app");
  });
});

describe("explaining configuration mistakes in one sentence", () => {
  const target = { kind: "postgres", url: "postgresql://app@db:5432/app" } as const;

  it("says the server cannot be reached", () => {
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5999"), { code: "ECONNREFUSED" });
    expect(explainDatabaseError(error, target)).toMatch(/^Cannot reach PostgreSQL at db:5432\/app: .*DATABASE_URL/);
  });

  it("says the database does not exist", () => {
    const error = Object.assign(new Error('database "app" does not exist'), { code: "3D000" });
    expect(explainDatabaseError(error, target)).toMatch(/does not exist/);
  });

  it("passes on the PGlite in-use message and leaves unknown errors alone", () => {
    const inUse = new DatabaseInUseError("/srv/pglite", 42);
    expect(explainDatabaseError(inUse, { kind: "pglite", dataDir: "/x" })).toBe(inUse.message);
    expect(explainDatabaseError(new Error("boom"), target)).toBeNull();
  });
});
