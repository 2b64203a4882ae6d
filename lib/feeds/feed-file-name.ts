// Slugs of series, venues and meetings: also safe to echo in a filename.
const SLUG_PATTERN = /^[A-Za-z0-9_-]{1,160}$/;

/** "invierno-2027.ics" → "invierno-2027"; null for anything that is not a slug with that extension. */
export function slugFromFileName(fileName: string, extension: string): string | null {
  if (!fileName.endsWith(extension)) return null;
  const slug = fileName.slice(0, -extension.length);
  return SLUG_PATTERN.test(slug) ? slug : null;
}

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}
