import { describe, expect, it } from "vitest";
import { embedSnippet, WIDGET_FRAME_HEIGHT } from "@/lib/embed/embed-snippet";
import { absoluteUrl } from "@/lib/env";

function attributes(snippet: string): Record<string, string> {
  return Object.fromEntries([...snippet.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
}

describe("embedSnippet", () => {
  it("frames a venue's widget in the chosen language, with a title in that language", () => {
    const snippet = embedSnippet({
      locale: "es",
      venue: { slug: "familia-bethel-internacional", name: "Iglesia Familia Bethel" },
    });
    expect(snippet).toMatch(/^<iframe [^>]*><\/iframe>$/);
    const attrs = attributes(snippet);
    expect(attrs.src).toBe(absoluteUrl("/embed/es/venue/familia-bethel-internacional"));
    expect(attrs.title).toBe("Próximas reuniones con la Policía de Dallas en Iglesia Familia Bethel");
    expect(attrs.loading).toBe("lazy");
    expect(attrs.height).toBe(String(WIDGET_FRAME_HEIGHT.venue));
  });

  it("gives the series widget, which also names each place, a taller frame", () => {
    expect(attributes(embedSnippet({ locale: "en" })).height).toBe(String(WIDGET_FRAME_HEIGHT.series));
    expect(WIDGET_FRAME_HEIGHT.series).toBeGreaterThan(WIDGET_FRAME_HEIGHT.venue);
  });

  it("lets the frame open meeting pages in a new tab and nothing else", () => {
    const attrs = attributes(embedSnippet({ locale: "en" }));
    expect(attrs.sandbox!.split(" ").sort()).toEqual(["allow-popups", "allow-popups-to-escape-sandbox"]);
  });

  it("lists the whole series without a venue", () => {
    const attrs = attributes(embedSnippet({ locale: "en" }));
    expect(attrs.src).toBe(absoluteUrl("/embed/en"));
    expect(attrs.title).toBe("Upcoming meetings with Dallas Police");
  });

  it("escapes a venue name that holds quotes or markup", () => {
    const snippet = embedSnippet({ locale: "en", venue: { slug: "st-mary", name: 'St. Mary "Oak" <Cliff>' } });
    expect(snippet).toContain('title="Upcoming meetings with Dallas Police at St. Mary &quot;Oak&quot; &lt;Cliff&gt;"');
  });
});
