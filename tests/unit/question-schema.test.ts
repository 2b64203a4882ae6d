import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/forms/form-state";
import { answerSchema, deleteQuestionSchema, QUESTION_LIMITS, questionSchema } from "@/lib/questions/schema";
import { ADDRESS_LIMITS, resetAddressLimits, takeAddressSlot } from "@/lib/security/address-limit";
import { honeypotFilled } from "@/lib/security/honeypot";

const errorsOf = (result: { success: boolean; error?: Parameters<typeof toFieldErrors>[0] }) =>
  result.success ? {} : toFieldErrors(result.error!);

describe("the anonymous question schema", () => {
  it("keeps the question as typed, trimmed, and drops every other field (a name or an address posted by hand is not kept)", () => {
    const parsed = questionSchema.parse({
      text: "  ¿Me pueden arrestar en la iglesia?\n  ",
      name: "Marta",
      email: "m@example.org",
      ip: "203.0.113.9",
    });
    expect(parsed).toEqual({ text: "¿Me pueden arrestar en la iglesia?" });
  });

  it("asks for a question, names the 1 000 character limit, refuses control characters", () => {
    expect(errorsOf(questionSchema.safeParse({}))).toEqual({ text: { key: "required" } });
    expect(errorsOf(questionSchema.safeParse({ text: " \n " }))).toEqual({ text: { key: "required" } });
    expect(QUESTION_LIMITS.text).toBe(1000);
    expect(questionSchema.safeParse({ text: "é".repeat(1000) }).success).toBe(true);
    expect(errorsOf(questionSchema.safeParse({ text: "é".repeat(1001) }))).toEqual({
      text: { key: "tooLong", values: { max: 1000 } },
    });
    expect(errorsOf(questionSchema.safeParse({ text: "hola\u0000" }))).toEqual({ text: { key: "invalid" } });
  });

  it("wants the answer in both languages, and a ticked box to delete", () => {
    expect(errorsOf(answerSchema.safeParse({ answerEn: "Yes.", answerEs: "" }))).toEqual({
      answerEs: { key: "required" },
    });
    expect(answerSchema.parse({ answerEn: " Yes. ", answerEs: "Sí." })).toEqual({ answerEn: "Yes.", answerEs: "Sí." });
    expect(errorsOf(deleteQuestionSchema.safeParse({}))).toEqual({ confirm: { key: "confirmDelete" } });
    expect(errorsOf(deleteQuestionSchema.safeParse({ confirm: "no" }))).toEqual({ confirm: { key: "confirmDelete" } });
    expect(deleteQuestionSchema.safeParse({ confirm: "yes" }).success).toBe(true);
  });

  it("sees a filled honeypot, and only a filled one", () => {
    expect(honeypotFilled({ website: "http://spam.example" })).toBe(true);
    expect(honeypotFilled({ website: "   " })).toBe(false);
    expect(honeypotFilled({})).toBe(false);
  });
});

describe("the shared per-address limit", () => {
  const now = new Date("2027-01-10T12:00:00Z");

  it("counts each bucket apart, refuses past its limit, and forgets the counts on a new day (new salt)", () => {
    resetAddressLimits();
    for (let index = 0; index < ADDRESS_LIMITS.question; index += 1)
      expect(takeAddressSlot("question", "203.0.113.1", now)).toBe(true);
    expect(takeAddressSlot("question", "203.0.113.1", now)).toBe(false);
    expect(takeAddressSlot("question", "203.0.113.2", now)).toBe(true);
    expect(takeAddressSlot("sessionRequest", "203.0.113.1", now)).toBe(true);
    expect(takeAddressSlot("question", "203.0.113.1", new Date("2027-01-11T00:00:01Z"))).toBe(true);
  });
});
