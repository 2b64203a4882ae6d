// Control characters other than tab and line breaks, the two noncharacters
// XML forbids, and UTF-16 halves without their pair. PostgreSQL cannot store
// NUL (the save fails), Prisma fails or silently writes U+FFFD for a lone
// surrogate, and the RSS feed and calendar files cannot carry control
// characters: none of them is anything a person meant to type.
const NOT_PLAIN_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NOT_PLAIN_TEXT_ANYWHERE = new RegExp(NOT_PLAIN_TEXT.source, "g");

/** True when every character of `value` can be stored and shown as text. */
export function isPlainText(value: string): boolean {
  return !NOT_PLAIN_TEXT.test(value);
}

/**
 * A stored text as every public output writes it (RSS, calendar files,
 * JSON-LD, the widget, the flyer, any HTML written by hand): without the
 * characters isPlainText refuses, which a row saved before that check or
 * written another way could still hold, and with every line break (CR LF,
 * or a lone CR) as LF, the one form XML, HTML and iCalendar all read back
 * as written. Anything else, markup and `]]>` included, is the output's to
 * escape. tests/unit/outputs.property.test.ts holds every output to it.
 */
export function publicText(value: string): string {
  return value.replace(NOT_PLAIN_TEXT_ANYWHERE, "").replace(/\r\n?/g, "\n");
}
