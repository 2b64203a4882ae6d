// Control characters other than tab and line breaks, the two noncharacters
// XML forbids, and UTF-16 halves without their pair. PostgreSQL cannot store
// NUL (the save fails), Prisma fails or silently writes U+FFFD for a lone
// surrogate, and the RSS feed and calendar files cannot carry control
// characters: none of them is anything a person meant to type.
const NOT_PLAIN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when every character of `value` can be stored and shown as text. */
export function isPlainText(value: string): boolean {
  return !NOT_PLAIN_TEXT.test(value);
}
