import { describe, expect, it } from "vitest";
import { BACKUP_CODE_ALPHABET, newBackupCodes } from "@/lib/second-factor/backup-codes";
import { codeKind, codeSchema } from "@/lib/second-factor/schema";

describe("backup codes", () => {
  it("are 10 different codes of capitals and digits without look-alikes, written XXXXX-XXXXX", () => {
    expect(BACKUP_CODE_ALPHABET).toHaveLength(31);
    expect(BACKUP_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    const codes = Array.from({ length: 50 }, () => newBackupCodes()).flat();
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(newBackupCodes()).toHaveLength(10);
    expect(new Set(codes).size).toBe(codes.length);
    // Every character turns up: drawn from the whole alphabet.
    expect(new Set(codes.join("").replace(/-/g, "")).size).toBe(31);
  });

  it("are read in any case, with or without spaces and dashes of any kind", () => {
    for (const typed of [
      "k7mpq-3xhrt",
      "K7MPQ3XHRT",
      " k7mpq 3xhrt ",
      "K7M-PQ3-XHRT",
      "k7mpq–3xhrt",
      "K7MPQ\u00a03XHRT",
    ]) {
      const parsed = codeSchema.parse({ code: typed });
      expect(parsed.code, typed).toBe("K7MPQ3XHRT");
      expect(codeKind(parsed.code)).toEqual({ kind: "backup", code: "K7MPQ-3XHRT" });
    }
    expect(codeKind(codeSchema.parse({ code: "123 456" }).code)).toEqual({ kind: "totp", code: "123456" });
    expect(codeSchema.safeParse({ code: "K7MPQ-3XHR" }).success).toBe(false);
    expect(codeSchema.safeParse({ code: "12345" }).success).toBe(false);
  });
});
