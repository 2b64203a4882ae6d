import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { FlyerColumn, FlyerContent } from "@/lib/flyer/flyer-content";
import { FLYER_CSP, renderFlyerHtml } from "@/lib/flyer/flyer-html";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { renderFlyerPdf, wrapWebAddress } from "@/lib/flyer/flyer-pdf";
import { pdfText } from "@/tests/support/pdf-text";

function column(locale: "es" | "en", title: string, sessions = 0): FlyerColumn {
  return {
    locale,
    heading: locale === "es" ? "Reunión comunitaria con la Policía de Dallas" : "Community meeting with Dallas Police",
    title,
    cancelled: null,
    when: {
      label: locale === "es" ? "Cuándo" : "When",
      day: "jueves 28 de enero",
      time: "6:00\u2009–\u20097:30\u202fp.\u00a0m. (hora\u00a0del\u00a0centro)",
      title: null,
    },
    facts: [
      {
        label: locale === "es" ? "Dónde" : "Where",
        lines: ["Iglesia Familia Bethel Internacional", "1234 West Illinois Avenue, Dallas, TX 75211"],
      },
    ],
    sessions: sessions
      ? {
          heading: "Próximas",
          items: Array.from({ length: sessions }, (_, i) => ({
            when: `día ${i}`,
            title: "Una reunión con un título bastante largo ".repeat(3),
            cancelled: false,
          })),
          emptyText: "",
          more: "Hay 7 reuniones más anunciadas.",
        }
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
  const html = renderFlyerHtml(
    content('<script>alert("x")</script>'),
    ['<svg viewBox="0 0 1 1"></svg>', '<svg viewBox="0 0 1 1"></svg>'],
    {
      pdf: "/flyer/meeting/x.pdf",
      pages: [{ locale: "es", href: "/es/reuniones/x", label: "Volver" }],
    },
  );

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

  it("prints the date and time largest after the title, and fills the page", async () => {
    const pdf = await getDocument({
      data: await renderFlyerPdf(content("Reunión comunitaria")),
      isEvalSupported: false,
    }).promise;
    const items = (await (await pdf.getPage(1)).getTextContent()).items.flatMap((item) =>
      "str" in item && item.str.trim()
        ? [{ text: item.str, size: Math.round(Math.abs(item.transform[3]) * 10) / 10, y: item.transform[5] }]
        : [],
    );
    await pdf.destroy();
    const sizeOf = (text: string) => items.find((item) => item.text.startsWith(text))!.size;
    const title = sizeOf("Reunión comunitaria");
    const when = [sizeOf("jueves 28 de enero"), sizeOf("6:00")];
    // The time may wrap before "(hora del centro)".
    const others = items
      .filter((item) => !/^(Reunión comunitaria|jueves 28|6:00|\(hora)/.test(item.text))
      .map((item) => item.size);
    for (const size of when) {
      expect(size).toBeLessThan(title);
      expect(size).toBeGreaterThan(Math.max(...others));
    }
    // A short flyer grows its text: the lowest line sits just above the QR codes.
    const lowest = Math.min(...items.filter((item) => item.size > 9.5 * 1.05).map((item) => item.y));
    expect(lowest).toBeLessThan(200);
  });

  it("wraps a web address after its slashes, dots and dashes, never inside a word", () => {
    const measure = (text: string) => text.length * 5;
    const lines = wrapWebAddress(
      "https://encuentros.example/es/reuniones/reunion-comunitaria-familia-bethel-2027-01-28",
      measure,
      120,
    );
    expect(lines.join("")).toBe("encuentros.example/es/reuniones/reunion-comunitaria-familia-bethel-2027-01-28");
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[/.-]$/);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
  });

  it("prints the time with the space before p. m. and PM, not an empty box", async () => {
    const text = await pdfText(await renderFlyerPdf(content("Reunión")));
    expect(text.replace(/\s/g, " ")).toContain("6:00 – 7:30 p. m.");
    expect(text).not.toContain("\u0000");
  });
});
