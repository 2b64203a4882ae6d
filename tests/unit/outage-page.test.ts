import { describe, expect, it } from "vitest";
import type { Answer } from "@/lib/serving/answer";
import { busyPage, outagePage } from "@/lib/server-process/outage-page";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

const header = (answer: Answer, name: string) => answer.headers.find(([key]) => key === name)?.[1];
const html = (answer: Answer) => new TextDecoder().decode(answer.body!);

describe("the page shown when a page cannot be rendered and no copy is cached", () => {
  it("speaks the page's language and tells browsers and monitors to come back", () => {
    for (const [locale, text] of [
      ["es", es.Outage],
      ["en", en.Outage],
    ] as const) {
      const answer = outagePage(locale);
      expect(answer.status).toBe(503);
      expect(Number(header(answer, "retry-after"))).toBeGreaterThan(0);
      expect(header(answer, "cache-control")).toBe("no-store");
      expect(html(answer)).toContain(`<html lang="${locale}">`);
      expect(html(answer)).toContain(`<h1>${text.heading}</h1>`);
      expect(html(answer)).toContain(text.meetings);
      expect(html(answer)).not.toContain("<script");
    }
  });

  it("when the server is busy, says so and asks to come back in a moment, not that data is unreachable", () => {
    for (const [locale, text] of [
      ["es", es],
      ["en", en],
    ] as const) {
      const answer = busyPage(locale);
      expect(answer.status).toBe(503);
      expect(Number(header(answer, "retry-after"))).toBeLessThanOrEqual(10);
      expect(html(answer)).toContain(`<html lang="${locale}">`);
      expect(html(answer)).toContain(`<h1>${text.Busy.heading}</h1>`);
      expect(html(answer)).toContain(text.Busy.body);
      expect(html(answer)).not.toContain(text.Outage.body);
      expect(html(answer)).toContain(text.Outage.meetings);
    }
  });
});
