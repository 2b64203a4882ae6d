import "server-only";
import fs from "node:fs/promises";
import path from "node:path";

type OgFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

// Noto Sans from @fontsource (SIL OFL), read from node_modules: never fetched.
// next/og reads WOFF (not WOFF2); these subsets cover English, Spanish and
// Vietnamese.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files");
const SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;
const WEIGHTS = [400, 700] as const;

async function readFont(subset: (typeof SUBSETS)[number], weight: 400 | 700): Promise<OgFont> {
  const file = await fs.readFile(path.join(FONT_DIR, `noto-sans-${subset}-${weight}-normal.woff`));
  const data = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
  return { name: "Noto Sans", data, weight, style: "normal" };
}

let fonts: Promise<OgFont[]> | undefined;

/** The fonts of the link-preview images, read once per process. */
export function ogFonts(): Promise<OgFont[]> {
  fonts ??= Promise.all(SUBSETS.flatMap((subset) => WEIGHTS.map((weight) => readFont(subset, weight))));
  return fonts;
}
