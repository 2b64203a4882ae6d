/**
 * The one slug function: lower-case ASCII letters, digits and hyphens,
 * accents folded ("Iglesia Familia Bethel Internacional" →
 * "iglesia-familia-bethel-internacional"); `fallback` when nothing is left.
 */
export function slugify(text: string, fallback = "item", maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return slug || fallback;
}

/** The slug itself, or with "-2", "-3"… appended until `isTaken` says no. */
export async function firstFreeSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}

/**
 * Whether a value from an address may be a slug of a meeting, place or
 * series: letters, digits, "_" and "-", 160 at most (the longest slug
 * column). Wider than what slugify makes, on purpose: an address keeps its
 * slug as it was sent, and the database says whether it names anything.
 * Nothing this accepts can change a path or break out of a file name.
 */
export function isSlug(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,160}$/.test(value);
}

/** "invierno-2027.ics" → "invierno-2027"; null for anything that is not a slug with that extension. */
export function slugFromFileName(fileName: string, extension: string): string | null {
  if (!fileName.endsWith(extension)) return null;
  const slug = fileName.slice(0, -extension.length);
  return isSlug(slug) ? slug : null;
}
