/** ASCII, lower-case, hyphenated: "Reunión comunitaria" → "reunion-comunitaria". */
export function slugify(text: string, maxLength = 100): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, "");
}

/** The base of a meeting's public address: Spanish title and Central date, e.g. "reunion-comunitaria-2027-01-28". */
export function meetingSlugBase(spanishTitle: string, date: string): string {
  return `${slugify(spanishTitle) || "reunion"}-${date}`;
}

/** The first of base, base-2, base-3… not already taken. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
