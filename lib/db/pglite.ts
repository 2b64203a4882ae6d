import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * Every PGlite this app opens: with the pg_trgm extension loaded, since the
 * staff search's trigram index (migration 20261126000000_query_indexes)
 * needs its code for every write to MeetingTranslation, not only for reads.
 */
export function openPglite(options: Omit<PGliteOptions, "extensions">): PGlite {
  return new PGlite({ ...options, extensions: { pg_trgm } });
}
