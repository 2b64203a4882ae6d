import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

// PostgreSQL's default of 128 MB is allocated and touched up front inside
// the app's own process; the embedded database is small and the operating
// system caches its files anyway. Saves about 110 MB of resident memory.
const SHARED_BUFFERS = "16MB";

/**
 * Every PGlite this app opens: with the pg_trgm extension loaded, since the
 * staff search's trigram index (migration 20261126000000_query_indexes)
 * needs its code for every write to MeetingTranslation, not only for reads.
 */
export function openPglite(options: Omit<PGliteOptions, "extensions" | "startParams">): PGlite {
  return new PGlite({
    ...options,
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${SHARED_BUFFERS}`],
  });
}
