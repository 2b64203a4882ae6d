import fontkit from "@pdf-lib/fontkit";
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from "pdf-lib";
import { pdfText } from "./pdf-text";

export type PdfGlyphReport = {
  /** Every character a reader's copy-paste gives, whitespace left out. */
  text: string;
  /** Characters that some embedded font draws with a real glyph (not .notdef). */
  drawable: Set<string>;
  /** Characters drawn with glyph 0, .notdef: an empty box on paper. */
  notdef: string[];
  /** Characters whose glyph id is not in the embedded font at all. */
  missing: string[];
};

function streamBytes(doc: PDFDocument, ref: unknown): Uint8Array {
  const stream = doc.context.lookup(ref as PDFRef);
  if (!(stream instanceof PDFRawStream)) throw new Error("Expected a font or CMap stream.");
  return decodePDFRawStream(stream).decode();
}

/** glyph id → text, from a ToUnicode CMap as pdf-lib writes it (bfchar entries). */
function toUnicodeEntries(cmap: string): [number, string][] {
  const entries: [number, string][] = [];
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, cid, hex] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const units = hex!.match(/.{4}/g)!.map((unit) => parseInt(unit, 16));
      entries.push([parseInt(cid!, 16), String.fromCharCode(...units)]);
    }
  }
  if (/beginbfrange/.test(cmap)) throw new Error("bfrange entries are not read here: extend toUnicodeEntries.");
  return entries;
}

/**
 * What the PDF's fonts can draw: for every embedded (Type0, TrueType) font,
 * which characters its ToUnicode map gives and whether each one's glyph
 * exists in the embedded font program and is not .notdef.
 */
export async function pdfGlyphReport(bytes: Uint8Array): Promise<PdfGlyphReport> {
  const doc = await PDFDocument.load(bytes);
  const drawable = new Set<string>();
  const notdef: string[] = [];
  const missing: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Subtype")) !== PDFName.of("Type0")) continue;
    const descendant = doc.context.lookup(
      doc.context.lookup(object.get(PDFName.of("DescendantFonts")), PDFArray).get(0),
      PDFDict,
    );
    const descriptor = doc.context.lookup(descendant.get(PDFName.of("FontDescriptor")), PDFDict);
    const program = fontkit.create(Buffer.from(streamBytes(doc, descriptor.get(PDFName.of("FontFile2")))));
    const cmap = Buffer.from(streamBytes(doc, object.get(PDFName.of("ToUnicode")))).toString("latin1");
    for (const [glyphId, text] of toUnicodeEntries(cmap)) {
      if (glyphId === 0) notdef.push(text);
      else if (glyphId >= program.numGlyphs) missing.push(text);
      else drawable.add(text);
    }
  }
  return { text: (await pdfText(bytes)).replace(/\s/g, ""), drawable, notdef, missing };
}

/** Characters a reader would see in the PDF's text that no embedded font draws. */
export function undrawnCharacters(report: PdfGlyphReport): string[] {
  return [...new Set(report.text)].filter((char) => !report.drawable.has(char));
}
