import pg from "pg";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { cacheStore, clearPublicCache } from "@/lib/serving/page-cache";

/**
 * Every staff save sends a PostgreSQL NOTIFY on this channel inside its
 * transaction (lib/db/write-transaction.ts, publicContent), delivered at commit. Each app
 * instance listens and empties its public cache, so two instances behind one
 * database show the same site within milliseconds.
 */
export const CHANGES_CHANNEL = "encuentros_public_changes";

const RETRY_MS = 1_000;
const KEY = Symbol.for("encuentros.changeListener");
const holder = globalThis as unknown as { [KEY]?: { started: boolean } };

/**
 * Starts listening once per process. On PGlite the app is the database's
 * only process, so its own saves are all there is to hear. On PostgreSQL the
 * cache counts as fresh only while the LISTEN connection is up: entries kept
 * while it is down are served only when a fresh render fails (the last good
 * copy during an outage), and everything is dropped when it reconnects.
 */
export function listenForPublicChanges(): void {
  holder[KEY] ??= { started: false };
  if (holder[KEY].started) return;
  holder[KEY].started = true;
  const target = resolveDatabaseTarget();
  if (target.kind === "pglite") {
    cacheStore().hearsChanges = true;
    return;
  }
  void connect(target.url);
}

async function connect(url: string): Promise<void> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
    application_name: "encuentros-cache-listener",
  });
  let retried = false;
  const retry = () => {
    cacheStore().hearsChanges = false;
    if (retried) return;
    retried = true;
    client.end().catch(() => undefined);
    setTimeout(() => void connect(url), RETRY_MS).unref();
  };
  client.on("error", retry);
  client.on("end", retry);
  client.on("notification", () => clearPublicCache());
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    // Saves made while nobody was listening are unknown: start afresh.
    clearPublicCache();
    cacheStore().hearsChanges = true;
  } catch {
    retry();
  }
}
