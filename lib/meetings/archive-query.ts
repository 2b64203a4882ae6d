import { z } from "zod";

/**
 * Far beyond any real archive (ten meetings a page), yet small enough that
 * the row offset stays an ordinary integer for the database.
 */
export const MAX_ARCHIVE_PAGE = 100_000;

// Digits only: "2abc", "2.5", "-1" or "0x10" are not page numbers. Anything
// unreadable means page 1, so a mangled shared link still opens the archive.
const pageNumber = z
  .string()
  .trim()
  .regex(/^\d{1,15}$/)
  .transform(Number)
  .pipe(z.number().int().min(1))
  .catch(1);

const archiveQuerySchema = z.object({ page: pageNumber });

export type ArchiveQuery = z.infer<typeof archiveQuerySchema>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/**
 * Reads `?page=N`. A page past the last one is kept as asked: the page
 * answers it with a 404, since only the database knows where the archive ends.
 */
export function parseArchiveQuery(searchParams: Record<string, string | string[] | undefined>): ArchiveQuery {
  return archiveQuerySchema.parse({ page: first(searchParams.page) });
}
