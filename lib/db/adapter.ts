import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { parseEnv } from "../env";
import { openPglite } from "./pglite";
import { acquirePgliteLock, releasePgliteLock } from "./pglite-lock";
import type { DatabaseTarget } from "./target";

/**
 * Opens the PGlite folder on first connect and closes it when the last
 * connection is disposed. Two reasons: two PGlite instances on one folder
 * corrupt it (the Prisma CLI asks prisma.config.ts for its adapter more
 * than once), and an open PGlite keeps Node running forever, so the Prisma
 * CLI and scripts would never exit (the stock adapter's dispose is a no-op).
 */
class ClosingPgliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pglite-prisma-adapter";
  private instance: PGlite | undefined;
  private openConnections = 0;

  constructor(private readonly dataDir: string) {}

  private pglite(): PGlite {
    if (!this.instance || this.instance.closed) {
      acquirePgliteLock(this.dataDir);
      this.instance = openPglite({ dataDir: this.dataDir });
    }
    return this.instance;
  }

  private async track(adapter: SqlDriverAdapter, close: () => Promise<void>): Promise<SqlDriverAdapter> {
    this.openConnections += 1;
    let disposed = false;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      if (disposed) return;
      disposed = true;
      this.openConnections -= 1;
      if (this.openConnections === 0) await close();
    };
    return adapter;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const client = this.pglite();
    const adapter = await new PrismaPGlite(client).connect();
    return this.track(adapter, async () => {
      await client.close();
      releasePgliteLock(this.dataDir);
    });
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = openPglite({ dataDir: "memory://shadow" });
    const adapter = await new PrismaPGlite(shadow).connect();
    adapter.dispose = async () => shadow.close();
    return adapter;
  }
}

const pgliteFactories = new Map<string, ClosingPgliteFactory>();

/**
 * The Prisma driver adapter factory for a target. Used by the app's client
 * (lib/db) and by the Prisma CLI (prisma.config.ts) so both always talk to
 * the same database.
 */
export function createAdapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target.kind === "postgres") {
    return new PrismaPg({
      connectionString: target.url,
      connectionTimeoutMillis: 5_000,
      max: parseEnv().DATABASE_POOL_SIZE,
      // The Prisma CLI and scripts exit once their queries are done, not
      // 10 s later when idle connections time out; a server is kept
      // running by its listening socket.
      allowExitOnIdle: true,
    });
  }
  let factory = pgliteFactories.get(target.dataDir);
  if (!factory) {
    factory = new ClosingPgliteFactory(target.dataDir);
    pgliteFactories.set(target.dataDir, factory);
  }
  return factory;
}
