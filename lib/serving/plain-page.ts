import crypto from "node:crypto";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { RewritingStream } from "parse5-html-rewriting-stream";

/**
 * Residents' pages go out as plain HTML: no framework JavaScript. Everything
 * on them works as plain links and form posts (the browser tests run them
 * with JavaScript off), and Next.js's client runtime alone weighs about
 * 130 KB compressed, plus a copy of the page as React data: most of what a
 * phone on slow data would download.
 *
 * Next.js has no switch for that in the App Router, and a Route Handler
 * cannot render the pages' server components to HTML itself (react-dom/server
 * refuses to load under the react-server condition route handlers are built
 * with). So the boundary passes the rendered page through parse5's rewriting
 * stream, an HTML tokenizer that follows the HTML standard: every <script>
 * element goes, whatever Next.js puts in it, except JSON-LD (data for search
 * engines, never run) and the site's own small enhancement script
 * (`data-enhance`, components/page-enhancements.tsx). Every nonce goes (the
 * policy allows that script by its hash), so a stored page never carries a
 * nonce that every visitor would share. Hints to fetch scripts early go too.
 * Everything else is copied byte for byte.
 */

export type PlainPage = {
  html: string;
  /** base64 SHA-256 of each inline script kept, for script-src. */
  scriptHashes: string[];
  /** Whether it is a whole document: an <html> element that ends. */
  whole: boolean;
};

const attribute = (tag: { attrs: { name: string; value: string }[] }, name: string) =>
  tag.attrs.find((attr) => attr.name === name)?.value;

function isScriptHint(tag: { tagName: string; attrs: { name: string; value: string }[] }): boolean {
  if (tag.tagName !== "link") return false;
  const rel = (attribute(tag, "rel") ?? "").toLowerCase().split(/\s+/);
  return rel.includes("modulepreload") || (rel.includes("preload") && attribute(tag, "as") === "script");
}

export async function plainPage(html: string): Promise<PlainPage> {
  const rewriter = new RewritingStream();
  let dropping = false;
  let kept: string | null = null;
  const scriptHashes: string[] = [];
  let opened = false;
  let closed = false;
  rewriter.on("startTag", (tag, raw) => {
    if (tag.tagName === "html") opened = true;
    if (tag.tagName === "script" && attribute(tag, "type") !== "application/ld+json") {
      if (attribute(tag, "data-enhance") === undefined) {
        dropping = true;
        return;
      }
      kept = "";
    } else if (isScriptHint(tag)) return;
    // Next.js puts the render's nonce on scripts and stylesheets: no stored page carries one.
    if (attribute(tag, "nonce") === undefined) return rewriter.emitRaw(raw);
    tag.attrs = tag.attrs.filter((attr) => attr.name !== "nonce");
    rewriter.emitStartTag(tag);
  });
  rewriter.on("text", (_, raw) => {
    if (dropping) return;
    if (kept !== null) kept += raw;
    rewriter.emitRaw(raw);
  });
  rewriter.on("endTag", (tag, raw) => {
    if (tag.tagName === "html") closed = true;
    if (tag.tagName === "script" && dropping) {
      dropping = false;
      return;
    }
    if (tag.tagName === "script" && kept !== null) {
      scriptHashes.push(crypto.createHash("sha256").update(kept).digest("base64"));
      kept = null;
    }
    rewriter.emitRaw(raw);
  });
  const output = await text(Readable.from([html]).pipe(rewriter));
  return { html: output, scriptHashes, whole: opened && closed };
}
