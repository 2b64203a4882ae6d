import { createInterface } from "node:readline";
import { renderEmail } from "./render";

/**
 * The email renderer's own process (lib/email/renderer.ts starts it with
 * `node --import tsx`): one message to render per line of standard input,
 * as JSON ({ kind, locale, params }), answered in order, one JSON line each
 * ({ ok: true, subject, text, html } or { ok: false, error }). It runs
 * outside Next.js's build, where react-dom/server is the plain Node.js one.
 */
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  let answer: object;
  try {
    answer = { ok: true, ...renderEmail(JSON.parse(line) as { kind: string; locale: string; params: unknown }) };
  } catch (error) {
    answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
