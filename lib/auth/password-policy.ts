export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "tooCommon";

// The project's own obvious choices, and Spanish ones the shipped list lacks.
const PROJECT_PASSWORDS = [
  "contraseña",
  "contrasena",
  "contraseña123",
  "contrasena123",
  "encuentros",
  "encuentros2027",
  "dallaspolice",
  "dallaspd",
  "policia",
  "policiadallas",
  "familiabethel",
  "bethel",
  "iglesia",
  "administrator",
  "changeme",
  "bienvenido",
  "bienvenida",
  "trustno1trustno1",
];

// Read on first use, not at import: `next build` and pages that never check a
// password do not pay for it. Resolved from the working directory, which is
// the project root for `npm start`, the CLI scripts and the tests. Reached
// through getBuiltinModule rather than an import so that the staff forms'
// schemas, which use this policy, also run in the browser: there the list
// (390 KB) is not at hand and only the server checks against it.
const LIST_FILE = "lib/auth/common-passwords.txt";
let commonPasswords: Set<string> | undefined;

function readCommonPasswords(): string[] {
  const fs = typeof process === "undefined" ? undefined : process.getBuiltinModule?.("node:fs");
  return fs
    ? fs
        .readFileSync(`${process.cwd()}/${LIST_FILE}`, "utf8")
        .split("\n")
        .filter((line) => line && !line.startsWith("#"))
    : [];
}

function isCommon(normalized: string): boolean {
  commonPasswords ??= new Set([...readCommonPasswords(), ...PROJECT_PASSWORDS]);
  if (commonPasswords.has(normalized)) return true;
  // "sunshine2027!" is "sunshine" to anyone guessing: digits and symbols
  // tacked on the end add next to nothing.
  const base = normalized.replace(/[\p{N}\p{P}\p{S}\s]+$/u, "");
  return base !== normalized && base.length >= 4 && commonPasswords.has(base);
}

/** Why a new staff password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "tooLong";
  const normalized = password.toLowerCase();
  if (new Set(normalized).size <= 2 || isCommon(normalized)) return "tooCommon";
  return null;
}
