/** The page of a staff list to show, and the rows to skip: a page before the first or past the end gives the first or the last. */
export function pageWindow(
  total: number,
  requestedPage: number,
  pageSize: number,
): { page: number; pageCount: number; skip: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize };
}
