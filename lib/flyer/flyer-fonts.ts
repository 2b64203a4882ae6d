import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import fontkit, { type Font } from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

// Noto Sans from @fontsource (SIL OFL), read from node_modules: never fetched.
// It comes in subsets by script; a character is drawn with the first subset
// that has a glyph for it (Spanish and English need only "latin").
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files");
export const FLYER_FONT_SUBSETS = ["latin", "latin-ext", "vietnamese", "greek", "cyrillic"] as const;
export type FlyerWeight = 400 | 700;

export function flyerFontFile(subset: (typeof FLYER_FONT_SUBSETS)[number], weight: FlyerWeight): string {
  return path.join(FONT_DIR, `noto-sans-${subset}-${weight}-normal.woff`);
}

type LoadedFace = { bytes: Uint8Array; font: Font };
let faces: Promise<Record<FlyerWeight, LoadedFace[]>> | undefined;

/** Every subset in both weights, read and parsed once per process. */
function loadFaces(): Promise<Record<FlyerWeight, LoadedFace[]>> {
  const load = (weight: FlyerWeight) =>
    Promise.all(
      FLYER_FONT_SUBSETS.map(async (subset) => {
        const bytes = new Uint8Array(await fs.readFile(flyerFontFile(subset, weight)));
        return { bytes, font: fontkit.create(Buffer.from(bytes)) as Font };
      }),
    );
  faces ??= Promise.all([load(400), load(700)]).then(([regular, bold]) => ({ 400: regular, 700: bold }));
  return faces;
}

// Intl puts a narrow no-break space (U+202F) before "PM" and "p. m.", which
// Noto Sans lacks: a no-break space keeps the time and "p. m." together all
// the same. Line and paragraph separators and tabs are spaces on paper.
const SPACES = /[\u202f\u2007]/g;
const BREAKS = /[\u2028\u2029\t\r]/g;
// Control and format characters (bidi controls, zero-width spaces, byte
// order marks, noncharacters, lone surrogates) and the replacement character
// print nothing or an empty box.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\ufffd]/gu;

/** One stretch of text drawn with one font. */
export type TextRun = { text: string; font: PDFFont };

/**
 * The flyer's fonts in a PDF: splits text into runs of one font each,
 * leaving out what no subset can draw (emoji, scripts Noto Sans does not
 * cover here), so nothing prints as an empty box.
 */
export class FlyerFonts {
  private constructor(
    private faces: Record<FlyerWeight, LoadedFace[]>,
    private embedded: Record<FlyerWeight, (PDFFont | undefined)[]>,
  ) {}

  /** Embeds the subsets that `texts` need (latin always), each only with the glyphs used. */
  static async embed(doc: PDFDocument, texts: string[]): Promise<FlyerFonts> {
    doc.registerFontkit(fontkit);
    const faces = await loadFaces();
    const needed = new Set<number>([0]);
    for (const char of new Set(texts.map(printableText).join(""))) {
      const index = faces[400].findIndex((face) => face.font.hasGlyphForCodePoint(char.codePointAt(0)!));
      if (index >= 0) needed.add(index);
    }
    const embed = (weight: FlyerWeight) =>
      Promise.all(
        faces[weight].map((face, index) =>
          needed.has(index) ? doc.embedFont(face.bytes, { subset: true }) : undefined,
        ),
      );
    const [regular, bold] = await Promise.all([embed(400), embed(700)]);
    return new FlyerFonts(faces, { 400: regular, 700: bold });
  }

  runs(text: string, weight: FlyerWeight): TextRun[] {
    const runs: TextRun[] = [];
    for (const char of printableText(text)) {
      const code = char.codePointAt(0)!;
      const index = this.faces[weight].findIndex(
        (face, i) => this.embedded[weight][i] && face.font.hasGlyphForCodePoint(code),
      );
      if (index < 0) continue;
      const font = this.embedded[weight][index]!;
      const last = runs.at(-1);
      if (last?.font === font) last.text += char;
      else runs.push({ text: char, font });
    }
    return runs;
  }

  width(text: string, weight: FlyerWeight, size: number): number {
    return this.runs(text, weight).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
  }
}

/** The text as it can be printed: composed (NFC), without invisible characters, spaces the font has. */
export function printableText(text: string): string {
  return text
    .normalize("NFC")
    .replace(SPACES, "\u00a0")
    .replace(BREAKS, " ")
    .replace(INVISIBLE, (char) => (char === "\n" ? char : ""));
}
