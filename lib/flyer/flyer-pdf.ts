import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import type { FlyerColumn, FlyerContent } from "./flyer-content";

// Noto Sans from @fontsource (SIL OFL), read from node_modules: never fetched.
// The latin subset covers Spanish and English, but not the narrow no-break
// space (U+202F) that Intl puts before "PM" and "p. m." (see wrap()).
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files");
const readFont = (weight: 400 | 700) => fs.readFile(path.join(FONT_DIR, `noto-sans-latin-${weight}-normal.woff`));

// US letter in points, half-inch margins, two columns.
const PAGE = { width: 612, height: 792 } as const;
const MARGIN = 36;
const GUTTER = 26;
const COLUMN_WIDTH = (PAGE.width - 2 * MARGIN - GUTTER) / 2;
const QR_SIZE = 104;
const TEXT_BOTTOM = MARGIN + QR_SIZE + 12;

const BRAND = rgb(0.09, 0.247, 0.518);
const INK = rgb(0.06, 0.09, 0.16);
const MUTED = rgb(0.2, 0.25, 0.33);
const ALERT = rgb(0.62, 0.07, 0.22);

type Fonts = { regular: PDFFont; bold: PDFFont };

// Without a glyph the narrow space prints as an empty box ("12:30□p. m."); a
// no-break space keeps the time and its "p. m." together all the same.
const NARROW_NO_BREAK_SPACE = /\u202f/g;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(NARROW_NO_BREAK_SPACE, "\u00a0").split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Writes one column top-down; stops above the QR code rather than run off the page. */
class ColumnWriter {
  private y = PAGE.height - MARGIN;
  constructor(private page: PDFPage, private x: number, private fonts: Fonts) {}

  text(text: string, options: { size: number; bold?: boolean; color?: typeof INK; gapBefore?: number; indent?: number; bullet?: boolean }) {
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const indent = options.indent ?? 0;
    this.y -= options.gapBefore ?? 0;
    wrap(text, font, options.size, COLUMN_WIDTH - indent).forEach((line, index) => {
      const lineHeight = options.size * 1.3;
      if (this.y - lineHeight < TEXT_BOTTOM) return;
      this.y -= lineHeight;
      if (options.bullet && index === 0) {
        this.page.drawText("•", { x: this.x + indent - 9, y: this.y, size: options.size, font, color: options.color ?? INK });
      }
      this.page.drawText(line, { x: this.x + indent, y: this.y, size: options.size, font, color: options.color ?? INK });
    });
  }
}

function drawQr(page: PDFPage, url: string, x: number, y: number) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const quiet = 4;
  const cell = QR_SIZE / (modules.size + 2 * quiet);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      page.drawRectangle({
        x: x + (col + quiet) * cell,
        y: y + QR_SIZE - (row + quiet + 1) * cell,
        width: cell,
        height: cell,
        color: rgb(0, 0, 0),
      });
    }
  }
}

function drawColumn(page: PDFPage, column: FlyerColumn, x: number, fonts: Fonts) {
  const writer = new ColumnWriter(page, x, fonts);
  writer.text(column.heading.toUpperCase(), { size: 9.5, bold: true, color: BRAND });
  writer.text(column.title, { size: 18, bold: true, gapBefore: 4 });
  if (column.cancelled) {
    const note = column.cancelled.note ? `: ${column.cancelled.note}` : "";
    writer.text(`${column.cancelled.label}${note}`, { size: 11, bold: true, color: ALERT, gapBefore: 4 });
  }
  for (const fact of column.facts) {
    writer.text(fact.label.toUpperCase(), { size: 8.5, bold: true, color: MUTED, gapBefore: 8 });
    fact.lines.forEach((line, index) => writer.text(line, { size: 11.5, bold: index === 0 }));
  }
  if (column.sessions) {
    writer.text(column.sessions.heading, { size: 11.5, bold: true, gapBefore: 10 });
    if (column.sessions.items.length === 0) writer.text(column.sessions.emptyText, { size: 10.5 });
    for (const item of column.sessions.items) {
      writer.text(item.when, { size: 10, bold: true, gapBefore: 3 });
      writer.text(item.title, { size: 9.5, color: MUTED });
    }
  }
  writer.text(column.promisesHeading, { size: 11.5, bold: true, gapBefore: 10 });
  for (const promise of column.promises) writer.text(promise, { size: 9.5, indent: 10, bullet: true, gapBefore: 2 });
  writer.text(column.free, { size: 10, bold: true, gapBefore: 8 });

  drawQr(page, column.url, x, MARGIN);
  const captionX = x + QR_SIZE + 8;
  const captionWidth = COLUMN_WIDTH - QR_SIZE - 8;
  const caption = [...wrap(column.scan, fonts.regular, 9, captionWidth), ...wrapUrl(column.url, fonts.regular, 8.5, captionWidth)];
  caption.forEach((line, index) => {
    page.drawText(line, { x: captionX, y: MARGIN + 10 + (caption.length - 1 - index) * 11.5, size: index < caption.length - 1 ? 9 : 8.5, font: fonts.regular, color: INK });
  });
}

/** A long URL broken anywhere, as it has no spaces to break at. */
function wrapUrl(url: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const char of url) {
    if (line && font.widthOfTextAtSize(line + char, size) > width) {
      lines.push(line);
      line = "";
    }
    line += char;
  }
  return [...lines, line];
}

/** The flyer as a one-page US letter PDF, the same content as the HTML flyer. */
export async function renderFlyerPdf(content: FlyerContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([readFont(400), readFont(700)]);
  const fonts = { regular: await doc.embedFont(regular, { subset: true }), bold: await doc.embedFont(bold, { subset: true }) };
  doc.setTitle(content.documentTitle);
  doc.setLanguage(content.columns[0]!.locale);
  doc.setCreator("Encuentros");
  const page = doc.addPage([PAGE.width, PAGE.height]);
  content.columns.forEach((column, index) => drawColumn(page, column, MARGIN + index * (COLUMN_WIDTH + GUTTER), fonts));
  page.drawLine({
    start: { x: PAGE.width / 2, y: MARGIN },
    end: { x: PAGE.width / 2, y: PAGE.height - MARGIN },
    thickness: 1.5,
    color: BRAND,
  });
  return doc.save();
}
