import { describe, expect, it } from "vitest";
import type { FlyerColumn, FlyerContent } from "@/lib/flyer/flyer-content";
import { printableText } from "@/lib/flyer/flyer-fonts";
import { renderFlyerPdf } from "@/lib/flyer/flyer-pdf";
import { MARKUP_INPUTS, SQL_INPUTS, UNICODE_INPUTS } from "@/tests/support/hostile-inputs";
import { pdfGlyphReport, undrawnCharacters } from "@/tests/support/pdf-glyphs";

// The hostile corpus' Latin, accented and punctuation cases: every
// character of these must print. (Emoji, Arabic, Hebrew and full-width
// letters are left out of the PDF rather than drawn as empty boxes.)
const LATIN = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\p{Script=Greek}]*$/u;
const NOT_LATIN = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1D400}-\u{1D7FF}\uFF00-\uFFEF\u3000]/u;
const LATIN_INPUTS = [
  ...MARKUP_INPUTS,
  ...SQL_INPUTS,
  ...UNICODE_INPUTS.filter((text) => LATIN.test(text) && !NOT_LATIN.test(text)),
];

function column(locale: "es" | "en", texts: string[]): FlyerColumn {
  const [title = "", note = "", place = "", session = ""] = texts;
  return {
    locale,
    heading: locale === "es" ? "Reunión comunitaria con la Policía de Dallas" : "Community meeting with Dallas Police",
    title,
    cancelled: { label: "CANCELADA", note },
    when: {
      label: "Cuándo",
      day: "jueves 28 de enero",
      time: "6:00\u2009–\u20097:30\u202fp.\u00a0m. (hora del centro)",
      title: session,
    },
    facts: [{ label: "Dónde", lines: [place, "100 Demo Street, Dallas, TX 75211"] }],
    sessions: {
      heading: "Reuniones siguientes",
      items: [{ when: "sábado 30 de enero · 10:00\u202fa.\u00a0m.", title: session, cancelled: false }],
      emptyText: "",
      more: "Hay 3 reuniones más anunciadas.",
    },
    promisesHeading: "Lo que ha prometido el departamento",
    promises: ["No participará en redadas federales de deportación."],
    free: "Gratis y abierta a todos.",
    scan: "Escanee para ver los detalles, o visite:",
    url: `https://encuentros.example/${locale}/reuniones/demo-2027-01-28`,
  };
}

describe("every character of the flyer PDF has a glyph", { timeout: 120_000 }, () => {
  it("prints each Latin, accented and punctuation case of the hostile corpus", async () => {
    expect(LATIN_INPUTS.length).toBeGreaterThan(35);
    // Four inputs to a flyer: title, cancellation note, place, a session's title.
    for (let start = 0; start < LATIN_INPUTS.length; start += 8) {
      const batch = LATIN_INPUTS.slice(start, start + 8);
      const content: FlyerContent = {
        kind: "meeting",
        slug: "x",
        documentTitle: "Volante",
        columns: [column("es", batch.slice(0, 4)), column("en", batch.slice(4))],
      };
      const report = await pdfGlyphReport(await renderFlyerPdf(content));
      expect(report.notdef, batch.join(" | ")).toEqual([]);
      expect(report.missing, batch.join(" | ")).toEqual([]);
      expect(undrawnCharacters(report), batch.join(" | ")).toEqual([]);
      expect(report.text).not.toContain("\uFFFD");
      // Nothing was left out (stacked combining marks aside: the fonts have a few of them only).
      for (const input of batch.filter((text) => !/\p{M}/u.test(printableText(text)))) {
        expect(report.text).toContain(printableText(input).replace(/\s/g, ""));
      }
    }
  });

  it("leaves out what no font can draw instead of an empty box", async () => {
    const others = UNICODE_INPUTS.filter((text) => !LATIN_INPUTS.includes(text));
    const content: FlyerContent = {
      kind: "meeting",
      slug: "x",
      documentTitle: "Volante",
      columns: [column("es", others.slice(0, 4)), column("en", others.slice(4, 8))],
    };
    const report = await pdfGlyphReport(await renderFlyerPdf(content));
    expect(report.notdef).toEqual([]);
    expect(undrawnCharacters(report)).toEqual([]);
    expect(report.text).not.toContain("\uFFFD");
  });
});
