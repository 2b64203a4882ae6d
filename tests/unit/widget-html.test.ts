import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderWidgetHtml, WIDGET_CSP, type WidgetContent } from "@/lib/embed/widget-html";

const CONTENT: WidgetContent = {
  locale: "es",
  heading: "Próximas reuniones con la Policía de Dallas en Iglesia Familia Bethel",
  items: [
    {
      title: 'Reunión "especial" <script>alert(1)</script>',
      url: "https://encuentros.example/es/reuniones/a?x=1&y=2",
      startsAt: new Date("2027-01-29T00:00:00.000Z"),
      when: "jueves 28 de enero · 6:00 – 7:30 p. m. (hora del centro)",
      place: "Iglesia Familia Bethel Internacional, 100 Demo Street, Dallas, TX 75211",
      cancelled: true,
      statusLine: "Cancelada: El edificio está cerrado.",
    },
  ],
  emptyText: "Por ahora no hay reuniones anunciadas aquí.",
  opensInNewTab: "(se abre en una pestaña nueva)",
  seeAll: { label: "Ver todas las reuniones en Encuentros", url: "https://encuentros.example/es" },
};

describe("renderWidgetHtml", () => {
  const html = renderWidgetHtml(CONTENT);

  it("is a complete page in the chosen language", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="es">')).toBe(true);
    expect(html).toContain(`<title>${CONTENT.heading}</title>`);
    expect(html).toContain(`<h1>${CONTENT.heading}</h1>`);
    expect(html).toContain('<time datetime="2027-01-29T00:00:00.000Z">jueves 28 de enero');
    expect(html).toContain("Cancelada: El edificio está cerrado.");
  });

  it("escapes every piece of staff-written text", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("Reunión &quot;especial&quot; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('href="https://encuentros.example/es/reuniones/a?x=1&amp;y=2"');
  });

  it("opens every link in a new tab, saying so to screen readers", () => {
    const links = [...html.matchAll(/<a [^>]*>/g)].map(([tag]) => tag);
    expect(links).toHaveLength(2);
    for (const link of links) expect(link).toMatch(/ target="_blank" rel="noopener">$/);
    expect(html.match(/<span class="sr-only"> \(se abre en una pestaña nueva\)<\/span>/g)).toHaveLength(2);
  });

  it("says so when nothing is announced", () => {
    const empty = renderWidgetHtml({ ...CONTENT, items: [] });
    expect(empty).toContain(`<p>${CONTENT.emptyText}</p>`);
    expect(empty).not.toContain("<ul>");
  });

  it("has a policy that allows its inline stylesheet, no script, and any framing site", () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = crypto.createHash("sha256").update(css).digest("base64");
    expect(WIDGET_CSP).toContain(`style-src 'sha256-${hash}'`);
    expect(WIDGET_CSP).toContain("default-src 'none'");
    expect(WIDGET_CSP).toContain("frame-ancestors *");
    expect(WIDGET_CSP).not.toContain("script-src");
  });
});
