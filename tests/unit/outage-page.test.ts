import { describe, expect, it } from "vitest";
import { busyPage, outagePage } from "@/lib/cache/outage-page";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

describe("the page shown when a page cannot be rendered and no copy is cached", () => {
  it("speaks the page's language and tells browsers and monitors to come back", async () => {
    for (const [path, text, lang] of [["/es/archivo", es.Outage, "es"], ["/en/meetings/x", en.Outage, "en"]] as const) {
      const response = outagePage(path);
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<h1>${text.heading}</h1>`);
      expect(html).toContain(text.meetings);
      expect(html).not.toContain("<script");
    }
  });

  it("when the server is busy, says so and asks to come back in a moment, not that data is unreachable", async () => {
    for (const [path, text, lang] of [["/es", es, "es"], ["/en/archive", en, "en"]] as const) {
      const response = busyPage(path);
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(10);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<h1>${text.Busy.heading}</h1>`);
      expect(html).toContain(text.Busy.body);
      expect(html).not.toContain(text.Outage.body);
      expect(html).toContain(text.Outage.meetings);
    }
  });

  it("never puts the requested path into the page as markup", async () => {
    const html = await outagePage('/es/"><script>alert(1)</script>').text();
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
  });
});
