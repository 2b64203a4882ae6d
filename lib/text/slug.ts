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
