/** The most of a resident's question a staff notice carries (lib/notices): its first line, this many characters at most. */
export const FIRST_LINE_MAX = 120;

/**
 * A question's first non-empty line, cut at a word boundary to `max`
 * characters with "…" when longer: an email never carries the rest of what
 * a resident wrote (the staff page does). Counted in characters a reader
 * sees, so an emoji or an accented letter is never split in half.
 */
export function firstLine(text: string, max = FIRST_LINE_MAX): string {
  const line =
    text
      .split(/\r\n|[\n\r\u2028\u2029\u0085]/)
      .map((part) => part.trim())
      .find((part) => part.length > 0) ?? "";
  const characters = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(line)].map(
    (segment) => segment.segment,
  );
  if (characters.length <= max) return line;
  const cut = characters.slice(0, max - 1).join("");
  const atSpace = cut.lastIndexOf(" ");
  return `${(atSpace > max / 2 ? cut.slice(0, atSpace) : cut).trimEnd()}…`;
}
