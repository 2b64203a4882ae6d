import { describe, expect, it } from "vitest";
import { EmailRenderError, emailText } from "@/lib/email/content";
import { composeEmail, renderEmail } from "@/lib/email/render";
import { deliveryFailure, oneLine } from "@/lib/email/smtp";
import { retryDelayMs } from "@/lib/email/sender";

const reset = (locale: "en" | "es") => ({
  kind: "passwordReset",
  locale,
  params: { name: "Ana <b>Ruiz</b>", link: `http://localhost:3000/${locale}/admin/reset-password?token=abc` },
});

describe("an email as text and HTML", () => {
  it.each(["en", "es"] as const)(
    "writes the reset email in %s as a whole HTML document with its language, real text and no image",
    (locale) => {
      const { subject, text, html } = renderEmail(reset(locale));
      expect(subject).toBe(
        locale === "en" ? "Choose a new password for Encuentros" : "Elija una contraseña nueva para Encuentros",
      );
      expect(html).toMatch(
        new RegExp(`^<!DOCTYPE html><html lang="${locale}" dir="ltr"><head><meta charSet="utf-8"/>`),
      );
      expect(html).toContain(`<title>${subject}</title>`);
      expect(html).not.toMatch(/<img|<script|<style|<link/i);
      // What staff typed is text, never markup.
      expect(html).toContain("Ana &lt;b&gt;Ruiz&lt;/b&gt;");
      expect(html).toContain('href="http://localhost:3000/');
      expect(text).toContain("http://localhost:3000/" + locale + "/admin/reset-password?token=abc");
      expect(text).toContain(locale === "en" ? "for 30 minutes" : "durante 30 minutos");
    },
  );

  it("writes the same content in both parts: every block's words in the text, the signature after the separator", () => {
    const content = composeEmail("passwordReset", "en", reset("en").params);
    const text = emailText(content);
    expect(text.startsWith(`${content.heading}\n\n`)).toBe(true);
    expect(text.endsWith(`\n\n-- \n${content.signature}\n`)).toBe(true);
    const { html } = renderEmail(reset("en"));
    for (const block of content.blocks) {
      const words =
        "text" in block
          ? block.text
          : "label" in block
            ? block.label
            : "heading" in block
              ? block.heading
              : block.rows[0]!.label;
      expect(text).toContain(words);
      expect(html).toContain(words);
    }
  });

  it("refuses a stored message it cannot write: an unknown kind or language, or parameters its kind does not take", () => {
    expect(() => renderEmail({ kind: "nope", locale: "en", params: {} })).toThrow(EmailRenderError);
    expect(() => renderEmail({ ...reset("en"), locale: "fr" })).toThrow(EmailRenderError);
    expect(() =>
      renderEmail({ kind: "passwordReset", locale: "en", params: { name: "A", link: "javascript:alert(1)" } }),
    ).toThrow(EmailRenderError);
  });
});

describe("headers and answers of the mail server", () => {
  it("puts a subject or a name on one line, whatever line breaks it holds", () => {
    expect(oneLine("Hello\r\nBcc: victim@example.net")).toBe("Hello Bcc: victim@example.net");
    expect(oneLine("A\nB\rC\u2028D\u2029E\u0085F\tG")).toBe("A B C D E F G");
    expect(oneLine("  Ana   Ruiz ")).toBe("Ana Ruiz");
  });

  it("tries again after no answer or a 4xx, never after a 5xx", () => {
    expect(
      deliveryFailure(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:2525"), { code: "ESOCKET" })),
    ).toEqual({ retry: true, reason: "connect ECONNREFUSED 127.0.0.1:2525", code: "ESOCKET" });
    expect(deliveryFailure({ responseCode: 451, response: "451 4.7.1 Greylisted" })).toEqual({
      retry: true,
      reason: "451 4.7.1 Greylisted",
      code: "451",
    });
    expect(deliveryFailure({ responseCode: 550, response: "5.1.1 <ana@example.org> unknown" })).toMatchObject({
      retry: false,
      reason: "550 5.1.1 <ana@example.org> unknown",
      code: "550",
    });
  });

  it("waits 30 s, then twice as long each time, at most 30 minutes", () => {
    expect([1, 2, 3, 4, 6, 7, 20].map((attempts) => retryDelayMs(attempts) / 1000)).toEqual([
      30, 60, 120, 240, 960, 1800, 1800,
    ]);
  });
});
