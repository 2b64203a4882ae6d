import { randomInt } from "node:crypto";

/**
 * Backup codes are read off paper or a screen and typed on a phone: no 0/O
 * or 1/I/L to confuse, one case only, and typed in any case, with or
 * without spaces and dashes (normalizeCode in ./schema.ts). 31 characters,
 * 10 of them: about 49 bits per code.
 */
export const BACKUP_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Ten new codes, written as issued: `XXXXX-XXXXX`. */
export function newBackupCodes(amount = 10): string[] {
  return Array.from({ length: amount }, () => {
    const code = Array.from({ length: 10 }, () => BACKUP_CODE_ALPHABET[randomInt(BACKUP_CODE_ALPHABET.length)]).join(
      "",
    );
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}
