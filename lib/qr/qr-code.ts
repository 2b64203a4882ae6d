import QRCode from "qrcode";

// "M" survives a crease or a smudge on a printed flyer and keeps the code
// small enough for an old phone's camera to read at arm's length.
const OPTIONS = { errorCorrectionLevel: "M", margin: 4 } as const;

/** A QR code for a URL as SVG (scales to any print size). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: "svg" });
}

/** A QR code for a URL as a PNG, large enough to print or paste into a document. */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...OPTIONS, type: "png", width: 600 });
}
