import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";

describe("staff password rules", () => {
  it("asks for at least 12 characters, counting accented letters and emoji as one", () => {
    expect(passwordProblem("short-pass1")).toBe("tooShort");
    expect(passwordProblem("contraseña-larga")).toBeNull();
    expect(passwordProblem("🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑")).toBe("tooShort");
  });

  it("refuses very long passwords", () => {
    expect(passwordProblem("x".repeat(129))).toBe("tooLong");
  });

  it("refuses common passwords whatever their case, and repeated characters", () => {
    expect(passwordProblem("Password1234")).toBe("tooCommon");
    expect(passwordProblem("aaaaaaaaaaaaaaaa")).toBe("tooCommon");
    expect(passwordProblem("abababababababab")).toBe("tooCommon");
    expect(passwordProblem("tres tristes tigres")).toBeNull();
  });

  it("refuses the long entries of the shipped list", () => {
    for (const common of ["1qaz2wsx3edc", "Q1W2E3R4T5Y6", "LeaveMeAlone", "passwordpassword"]) {
      expect(passwordProblem(common), common).toBe("tooCommon");
    }
  });

  it("refuses a common word with digits or symbols tacked on the end", () => {
    expect(passwordProblem("Sunshine2027!")).toBe("tooCommon");
    expect(passwordProblem("iloveyou12345")).toBe("tooCommon");
    expect(passwordProblem("Encuentros2028#")).toBe("tooCommon");
    expect(passwordProblem("Contraseña-2027")).toBe("tooCommon");
    // Digits in the middle are the user's own doing.
    expect(passwordProblem("sun2027shine!")).toBeNull();
    expect(passwordProblem("correct-horse-battery-2027")).toBeNull();
  });

  it("ships a list of tens of thousands of lowercase entries, with its licence notice", () => {
    const text = fs.readFileSync("lib/auth/common-passwords.txt", "utf8");
    const entries = text.split("\n").filter((line) => line && !line.startsWith("#"));
    expect(entries.length).toBeGreaterThan(40_000);
    expect(new Set(entries).size).toBe(entries.length);
    expect(entries.every((entry) => entry === entry.toLowerCase())).toBe(true);
    expect(text).toContain("MIT License");
  });

  it("checks a password quickly once the list is loaded", () => {
    passwordProblem("warm-up-the-list");
    const started = performance.now();
    for (let i = 0; i < 10_000; i += 1) passwordProblem(`a-passphrase-${i}`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
