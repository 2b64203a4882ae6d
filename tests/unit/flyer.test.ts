import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { FlyerColumn, FlyerContent } from "@/lib/flyer/flyer-content";
import { FLYER_CSP, renderFlyerHtml } from "@/lib/flyer/flyer-html";
import { renderFlyerPdf } from "@/lib/flyer/flyer-pdf";
import { pdfText } from "@/tests/support/pdf-text";

function column(locale: "es" | "en", title: string, sessions = 0): FlyerColumn {
  return {
    locale,
    heading: locale === "es" ? "Reunión comunitaria con la Policía de Dallas" : "Community meeting with Dallas Police",
    title,
    cancelled: null,
    facts: [{ label: locale === "es" ? "Cuándo" : "When", lines: ["jueves 28 de enero", "6:00\u2009–\u20097:30\u202fp.\u00a0m. (hora del centro)"] }],
    sessions: sessions
      ? { heading: "Próximas", items: Array.from({ length: sessions }, (_, i) => ({ when: `día ${i}`, title: "Una reunión con un título bastante largo ".repeat(3), cancelled: false })), emptyText: "" }
      : null,
    promisesHeading: "Promesas",
    promises: ["Una promesa ".repeat(20), "Otra promesa ".repeat(20), "Tercera ".repeat(20)],
    free: "Gratis y abierta a todos.",
    scan: "Escanee para ver los detalles, o visite:",
    url: `https://encuentros.example/${locale}/reuniones/una-reunion-con-un-slug-largo-2027-01-28`,
  };
}

const content = (title: string, sessions = 0): FlyerContent => ({
  kind: "meeting",
  slug: "x",
  documentTitle: `Volante: ${title}`,
  columns: [column("es", title, sessions), column("en", title, sessions)],
});

describe("renderFlyerHtml", () => {
  const html = renderFlyerHtml(content('<script>alert("x")</script>'), ["<svg viewBox=\"0 0 1 1\"></svg>", "<svg viewBox=\"0 0 1 1\"></svg>"], {
    pdf: "/flyer/meeting/x.pdf",
    pages: [{ locale: "es", href: "/es/reuniones/x", label: "Volver" }],
  });

  it("escapes every piece of text", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("sets one US letter page and puts each language in its own column, with a labelled QR code", () => {
    expect(html).toContain("@page{size:letter;margin:0.5in}");
    expect(html).toMatch(/<section class="column" lang="es">[\s\S]*<section class="column" lang="en">/);
    expect(html.match(/<svg role="img" aria-label="[^"]+"/g)).toHaveLength(2);
    expect(html).toContain('<a href="/flyer/meeting/x.pdf">');
  });

  it("allows its own stylesheet only, and no script", () => {
    expect(FLYER_CSP).toContain("default-src 'none'");
    expect(FLYER_CSP).not.toContain("script-src");
  });
});

// Embedding the font takes a few seconds on a busy two-core machine.
describe("renderFlyerPdf", { timeout: 30_000 }, () => {
  it("is one US letter page even when the text is far too long", async () => {
    const pdf = await PDFDocument.load(await renderFlyerPdf(content("Un título muy largo ".repeat(30), 12)));
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([width, height]).toEqual([612, 792]);
    expect(pdf.getTitle()).toMatch(/^Volante: /);
  });

  it("prints the time with the space before p. m. and PM, not an empty box", async () => {
    const text = await pdfText(await renderFlyerPdf(content("Reunión")));
    expect(text.replace(/\s/g, " ")).toContain("6:00 – 7:30 p. m.");
    expect(text).not.toContain("\u0000");
  });
});
