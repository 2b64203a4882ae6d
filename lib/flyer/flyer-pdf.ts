import "server-only";
import { PDFDocument, rgb, type PDFPage, type RGB } from "pdf-lib";
import QRCode from "qrcode";
import type { FlyerColumn, FlyerContent } from "./flyer-content";
import { FlyerFonts, type FlyerWeight } from "./flyer-fonts";

// US letter in points, half-inch margins, two columns.
const PAGE = { width: 612, height: 792 } as const;
const MARGIN = 36;
const GUTTER = 26;
const COLUMN_WIDTH = (PAGE.width - 2 * MARGIN - GUTTER) / 2;
const QR_SIZE = 112;
const TEXT_BOTTOM = MARGIN + QR_SIZE + 14;
// The text grows to fill the column above the QR code, up to this much.
const SCALES = [1.45, 1.4, 1.35, 1.3, 1.25, 1.2, 1.15, 1.1, 1.05, 1];

const BRAND = rgb(0.09, 0.247, 0.518);
const INK = rgb(0.06, 0.09, 0.16);
const MUTED = rgb(0.2, 0.25, 0.33);
const ALERT = rgb(0.62, 0.07, 0.22);

type TextStyle = { size: number; bold?: boolean; color?: RGB; gapBefore?: number; indent?: number; bullet?: boolean };
type DrawOp = { text: string; x: number; y: number; size: number; weight: FlyerWeight; color: RGB };

/** Greedy line filling on the given break points: words, or the parts of a web address. */
function fill(tokens: string[], joiner: string, measure: (text: string) => number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const candidate = line ? `${line}${joiner}${token}` : token;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = token;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines;
}

/** A single word wider than the column (no place to break it otherwise), cut where the line is full. */
function cutOverlong(line: string, measure: (text: string) => number, width: number): string[] {
  if (measure(line) <= width) return [line];
  return fill([...line], "", measure, width);
}

/** Text wrapped at spaces: an address or a name is never cut inside a word that fits on a line. */
function wrapWords(text: string, measure: (text: string) => number, width: number): string[] {
  return text
    .split("\n")
    .flatMap((paragraph) => fill(paragraph.split(" "), " ", measure, width))
    .flatMap((line) => cutOverlong(line, measure, width));
}

/**
 * A web address wrapped after "/", "." or "-" (where a reader expects a
 * break), never inside a word; without its "https://", which nobody types.
 */
export function wrapWebAddress(url: string, measure: (text: string) => number, width: number): string[] {
  const short = url.replace(/^https?:\/\//, "");
  return fill(short.split(/(?<=[/.-])/), "", measure, width).flatMap((line) => cutOverlong(line, measure, width));
}

/** Lays one column out top-down; says whether everything fitted above the QR code. */
class ColumnLayout {
  private y = PAGE.height - MARGIN;
  readonly ops: DrawOp[] = [];
  fits = true;
  constructor(
    private x: number,
    private fonts: FlyerFonts,
    private scale: number,
  ) {}

  text(text: string, style: TextStyle) {
    const weight: FlyerWeight = style.bold ? 700 : 400;
    const size = style.size * this.scale;
    const indent = (style.indent ?? 0) * this.scale;
    this.y -= (style.gapBefore ?? 0) * this.scale;
    const lines = wrapWords(text, (line) => this.fonts.width(line, weight, size), COLUMN_WIDTH - indent);
    lines.forEach((line, index) => {
      const lineHeight = size * 1.28;
      if (this.y - lineHeight < TEXT_BOTTOM) {
        this.fits = false;
        return;
      }
      this.y -= lineHeight;
      const color = style.color ?? INK;
      if (style.bullet && index === 0)
        this.ops.push({ text: "•", x: this.x + indent - 9 * this.scale, y: this.y, size, weight, color });
      this.ops.push({ text: line, x: this.x + indent, y: this.y, size, weight, color });
    });
  }
}

function layoutColumn(column: FlyerColumn, x: number, fonts: FlyerFonts, scale: number): ColumnLayout {
  const layout = new ColumnLayout(x, fonts, scale);
  layout.text(column.heading.toUpperCase(), { size: 9.5, bold: true, color: BRAND });
  layout.text(column.title, { size: 18, bold: true, gapBefore: 4 });
  if (column.cancelled) {
    const note = column.cancelled.note ? `: ${column.cancelled.note}` : "";
    layout.text(`${column.cancelled.label}${note}`, { size: 11, bold: true, color: ALERT, gapBefore: 4 });
  }
  // The date and time: the largest text after the title.
  if (column.when) {
    layout.text(column.when.label.toUpperCase(), { size: 8.5, bold: true, color: MUTED, gapBefore: 10 });
    layout.text(column.when.day, { size: 15, bold: true, color: BRAND, gapBefore: 1 });
    layout.text(column.when.time, { size: 15, bold: true, color: BRAND });
    if (column.when.title) layout.text(column.when.title, { size: 10, color: MUTED, gapBefore: 1 });
  }
  for (const fact of column.facts) {
    layout.text(fact.label.toUpperCase(), { size: 8.5, bold: true, color: MUTED, gapBefore: 8 });
    fact.lines.forEach((line, index) => layout.text(line, { size: 11, bold: index === 0 }));
  }
  if (column.sessions) {
    layout.text(column.sessions.heading, { size: 11, bold: true, gapBefore: 10 });
    if (column.sessions.items.length === 0) layout.text(column.sessions.emptyText, { size: 10 });
    for (const item of column.sessions.items) {
      layout.text(item.when, { size: 10, bold: true, gapBefore: 3 });
      layout.text(item.title, { size: 9.5, color: MUTED });
    }
    if (column.sessions.more) layout.text(column.sessions.more, { size: 10, bold: true, gapBefore: 6 });
  }
  // No statements published yet (a fresh install): no heading without a list.
  if (column.promises.length > 0) layout.text(column.promisesHeading, { size: 11, bold: true, gapBefore: 10 });
  for (const promise of column.promises) layout.text(promise, { size: 9.5, indent: 10, bullet: true, gapBefore: 2 });
  layout.text(column.free, { size: 10, bold: true, gapBefore: 8 });
  return layout;
}

function drawText(page: PDFPage, fonts: FlyerFonts, op: DrawOp) {
  let x = op.x;
  for (const run of fonts.runs(op.text, op.weight)) {
    page.drawText(run.text, { x, y: op.y, size: op.size, font: run.font, color: op.color });
    x += run.font.widthOfTextAtSize(run.text, op.size);
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

function drawQrAndCaption(page: PDFPage, column: FlyerColumn, x: number, fonts: FlyerFonts) {
  drawQr(page, column.url, x, MARGIN);
  const captionX = x + QR_SIZE + 8;
  const captionWidth = COLUMN_WIDTH - QR_SIZE - 8;
  const scan = wrapWords(column.scan, (line) => fonts.width(line, 400, 9.5), captionWidth);
  const address = wrapWebAddress(column.url, (line) => fonts.width(line, 700, 9.5), captionWidth);
  const lines = [
    ...scan.map((text) => ({ text, weight: 400 as const })),
    ...address.map((text) => ({ text, weight: 700 as const })),
  ];
  lines.forEach((line, index) => {
    drawText(page, fonts, {
      text: line.text,
      x: captionX,
      y: MARGIN + 12 + (lines.length - 1 - index) * 12.5,
      size: 9.5,
      weight: line.weight,
      color: INK,
    });
  });
}

/** Every piece of text on the flyer, to choose the fonts before drawing. */
function allText(content: FlyerContent): string[] {
  return content.columns.flatMap((column) => [
    column.heading.toUpperCase(),
    column.title,
    column.cancelled?.label ?? "",
    column.cancelled?.note ?? "",
    ...(column.when
      ? [column.when.label.toUpperCase(), column.when.day, column.when.time, column.when.title ?? ""]
      : []),
    ...column.facts.flatMap((fact) => [fact.label.toUpperCase(), ...fact.lines]),
    ...(column.sessions
      ? [
          column.sessions.heading,
          column.sessions.emptyText,
          column.sessions.more ?? "",
          ...column.sessions.items.flatMap((item) => [item.when, item.title]),
        ]
      : []),
    column.promisesHeading,
    ...column.promises,
    column.free,
    column.scan,
    column.url,
    "•",
  ]);
}

/**
 * The flyer as a one-page US letter PDF, the same content as the HTML flyer.
 * The text is set as large as lets both columns fit above the QR codes, so
 * a short flyer fills its page instead of leaving the bottom empty.
 */
export async function renderFlyerPdf(content: FlyerContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await FlyerFonts.embed(doc, allText(content));
  doc.setTitle(content.documentTitle);
  doc.setLanguage(content.columns[0]!.locale);
  doc.setCreator("Encuentros");
  const page = doc.addPage([PAGE.width, PAGE.height]);
  const columnX = (index: number) => MARGIN + index * (COLUMN_WIDTH + GUTTER);
  const layoutAt = (scale: number) =>
    content.columns.map((column, index) => layoutColumn(column, columnX(index), fonts, scale));
  let layouts = layoutAt(1);
  for (const scale of SCALES) {
    const candidate = layoutAt(scale);
    if (candidate.every((layout) => layout.fits)) {
      layouts = candidate;
      break;
    }
  }
  layouts.forEach((layout, index) => {
    for (const op of layout.ops) drawText(page, fonts, op);
    drawQrAndCaption(page, content.columns[index]!, columnX(index), fonts);
  });
  page.drawLine({
    start: { x: PAGE.width / 2, y: MARGIN },
    end: { x: PAGE.width / 2, y: PAGE.height - MARGIN },
    thickness: 1.5,
    color: BRAND,
  });
  return doc.save();
}
