/**
 * Hostile and awkward inputs, shared by the public-route and form tests:
 * markup and script injection, SQL-looking strings, Unicode edge cases,
 * impossible dates and times, and oversized values.
 */
export const MARKUP_INPUTS = [
  "<script>alert(1)</script>",
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<iframe src=javascript:alert(1)>",
  "javascript:alert(1)",
  '<a href="javascript:alert(1)">x</a>',
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
  '\'; DROP TABLE "Meeting"; --',
  "1; SELECT pg_sleep(5)",
  '" OR ""="',
  "admin'--",
  "1 UNION SELECT password FROM account",
  "%' AND 1=1 --",
  '\\\'; DELETE FROM "user"; --',
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
  "\u200Fמפגש\u200E community \u202Bمجتمع\u202C",
  "\u202Dforced LTR\u202C \u2066isolate\u2069",
  "👩🏽‍🚒👨‍👨‍👧‍👦🏳️‍🌈🧑🏿‍🤝‍🧑🏻",
  "🇲🇽🇺🇸 flags 1️⃣ keycap",
  "a\u0308\u0301\u0323 stacked combining marks",
  "\u0001\u0002\u0003 control characters",
  "\u001B[31mANSI escape\u001B[0m",
  "bell\u0007 and backspace\u0008",
  "delete \u007F and C1 \u0085\u009B",
  "\uDC00 lone low surrogate",
  "ends with a lone high surrogate \uD83D",
  "\u2028line separator\u2029paragraph separator",
  "\u00A0no-break\u00A0spaces\u3000",
  "𝕳𝖊𝖑𝖑𝖔 mathematical letters",
  "\uFFFE\uFFFF noncharacters",
  "Ω ohm sign and Å angstrom (NFC changes them)",
] as const;

export const DATE_INPUTS = [
  "2026-02-30",
  "2027-02-30",
  "2027-02-29",
  "2027-04-31",
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
  "",
  "２０２７-０１-０５",
  "2027-01-05\u0000",
  "+202701-05",
] as const;

export const TIME_INPUTS = [
  "24:00",
  "25:61",
  "6pm",
  "18:5",
  "-01:00",
  "02:30",
  "99:99",
  "18:00:00",
  "noon",
  "１８:００",
] as const;

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

/**
 * What a link field could carry. Venues have no URL field today, so these go
 * into every text field (and the email field) instead.
 */
export const URL_INPUTS = [
  "javascript:alert(document.cookie)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "//evil.example/%2F..",
  'https://evil.example/"onmouseover="alert(1)',
  "javascript:alert(1)@example.org",
  "https://example.org/?q=<script>alert(1)</script>",
] as const;

/** Longer than any field allows (the longest, a description, takes 5000 characters). */
export const LONG_INPUTS = ["x".repeat(5001), "é".repeat(20_000), "😀".repeat(3000), "<b>".repeat(40_000)] as const;

/** Ids and slugs that are not ours, posted where a record id is expected. */
export const ID_INPUTS = [
  ...SLUG_INPUTS,
  "",
  "null",
  "undefined",
  "0",
  "' OR 1=1 --",
  "id\u0000nul",
  "\uD800",
  "x".repeat(10_000),
] as const;

export const LOCALE_INPUTS = ["fr", "EN", "es-MX", "xx", "%3Cscript%3E", "..", "en%00"] as const;

export const ALL_TEXT_INPUTS = [...MARKUP_INPUTS, ...SQL_INPUTS, ...UNICODE_INPUTS] as const;

/** Every text a staff form field may receive: the public corpus, link-shaped text and oversized values. */
export const STAFF_TEXT_INPUTS = [...ALL_TEXT_INPUTS, ...URL_INPUTS, ...LONG_INPUTS] as const;
