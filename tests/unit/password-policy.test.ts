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
});
