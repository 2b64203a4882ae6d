import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

describe("the sign-in form's 'too many attempts' message (Validation.signInThrottled)", () => {
  const english = createTranslator({ locale: "en", messages: en, namespace: "Validation" });
  const spanish = createTranslator({ locale: "es", messages: es, namespace: "Validation" });

  it("says how long to wait, in minutes or, under a minute, in seconds", () => {
    expect(english("signInThrottled", { unit: "minute", count: 2 })).toBe(
      "Too many failed attempts. Try again in 2 minutes.",
    );
    expect(spanish("signInThrottled", { unit: "minute", count: 2 })).toBe(
      "Demasiados intentos fallidos. Vuelva a intentarlo en 2 minutos.",
    );
    expect(english("signInThrottled", { unit: "minute", count: 1 })).toBe(
      "Too many failed attempts. Try again in 1 minute.",
    );
    expect(spanish("signInThrottled", { unit: "minute", count: 1 })).toBe(
      "Demasiados intentos fallidos. Vuelva a intentarlo en 1 minuto.",
    );
    expect(english("signInThrottled", { unit: "second", count: 45 })).toBe(
      "Too many failed attempts. Try again in 45 seconds.",
    );
    expect(spanish("signInThrottled", { unit: "second", count: 45 })).toBe(
      "Demasiados intentos fallidos. Vuelva a intentarlo en 45 segundos.",
    );
  });
});
