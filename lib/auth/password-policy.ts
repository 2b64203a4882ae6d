export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "tooCommon";

// A short list of the passwords people pick most, and the project's own
// obvious choices. Longer lists can replace it without changing callers.
const COMMON_PASSWORDS = new Set([
  "123456789012", "1234567890123", "12345678901234", "password1234", "password12345", "passwordpassword",
  "qwertyuiop12", "qwerty123456", "iloveyou1234", "letmein12345", "welcome12345", "administrator",
  "admin1234567", "changeme1234", "contraseña123", "contrasena123", "contraseña1234", "encuentros123",
  "encuentros2027", "dallaspolice1", "dallaspolice123", "policia12345", "000000000000", "111111111111",
  "aaaaaaaaaaaa", "abcdefghijkl", "abc123abc123", "trustno1trustno1", "football1234", "baseball1234",
  "superman1234", "sunshine1234", "princess1234", "whatever1234", "starwars1234", "dragon123456",
]);

/** Why a new staff password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "tooLong";
  const normalized = password.toLowerCase();
  if (COMMON_PASSWORDS.has(normalized) || new Set(normalized).size <= 2) return "tooCommon";
  return null;
}
