/**
 * RFC 5545 §3.1: content lines longer than 75 octets are folded with CRLF and
 * a space, never inside a UTF-8 character.
 */
export function foldContentLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // Continuation lines start with a space, which counts towards their 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/**
 * Folds a whole calendar file at 75 octets. `ics` folds at 75 characters
 * (so a line with accents comes out at 76–79 bytes, adamgibbons/ics
 * utils/fold-line.js): its folds are undone, then every line is folded again.
 */
export function foldCalendar(text: string): string {
  const unfolded = text.replace(/\r\n[ \t]/g, "");
  const lines = unfolded.split("\r\n");
  return lines.map((line) => (line ? foldContentLine(line) : line)).join("\r\n");
}
