/**
 * Hostile and awkward inputs, shared by the public-route and form tests:
 * markup and script injection, SQL-looking strings, Unicode edge cases,
 * impossible dates and times, and oversized values.
 */
export const MARKUP_INPUTS = [
  "<script>alert(1)</script>",
  "\"><script>alert(1)</script>",
  "'><img src=x onerror=alert(1)>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<iframe src=javascript:alert(1)>",
  "javascript:alert(1)",
  "<a href=\"javascript:alert(1)\">x</a>",
  "</title><script>alert(1)</script>",
  "</script><script>alert(1)</script>",
  "<style>body{display:none}</style>",
  "<meta http-equiv=refresh content=0;url=https://evil.example>",
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
  "<details open ontoggle=alert(1)>",
  "<body onload=alert(1)>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<!--",
] as const;

export const SQL_INPUTS = [
  "' OR '1'='1",
  "'; DROP TABLE \"Meeting\"; --",
  "1; SELECT pg_sleep(5)",
  "\" OR \"\"=\"",
  "admin'--",
  "1 UNION SELECT password FROM account",
  "%' AND 1=1 --",
  "\\'; DELETE FROM \"user\"; --",
  "$1",
  "NULL",
] as const;

export const UNICODE_INPUTS = [
  "\u202Eevil.exe\u202C",
  "\u200F\u200Fright-to-left marks\u200F",
  "مرحبا بالعالم",
  "שלום",
  "😀🎉🙏🏽👨‍👩‍👧‍👦",
  "e\u0301\u0301\u0301\u0301 Zalgo: Z̷̢̛̖̗a̸̧͎͙l̵̨͎g̶̢̛o̴̧",
  "\u0000null byte",
  "line\nbreak\r\nand\ttab",
  "\uFEFFbyte order mark",
  "\uD800 lone surrogate",
  "ＡＢＣ full width",
  "İstanbul ß ǅ",
  "​zero​width​space",
  "  leading and trailing spaces  ",
  "Reunión comunitaria en la Iglesia Familia Bethel — ¿preguntas?",
] as const;

export const DATE_INPUTS = [
  "2027-02-30",
  "2027-13-01",
  "2027-00-10",
  "0000-01-01",
  "9999-12-31",
  "27-1-5",
  "2027/01/05",
  "tomorrow",
  "2027-03-14T02:30",
  "-1",
  "1e9",
  "2027-01-05'--",
] as const;

export const TIME_INPUTS = ["24:00", "25:61", "6pm", "18:5", "-01:00", "02:30", "99:99", "18:00:00", "noon", "１８:００"] as const;

export const SLUG_INPUTS = [
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e",
  "a".repeat(500),
  "UPPER-CASE",
  "with space",
  "with%00null",
  "%F0%9F%98%80",
  "%E2%80%AE",
  "slug;rm -rf",
  "slug'or'1'='1",
  "-leading-dash",
  "%3Cscript%3E",
] as const;

export const LOCALE_INPUTS = ["fr", "EN", "es-MX", "xx", "%3Cscript%3E", "..", "en%00"] as const;

export const ALL_TEXT_INPUTS = [...MARKUP_INPUTS, ...SQL_INPUTS, ...UNICODE_INPUTS] as const;
