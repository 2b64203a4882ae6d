import type { Locale } from "@/lib/i18n/locales";

/**
 * What an email says, as data: each kind of message (lib/email/kinds.ts)
 * composes one from its parameters, and the same content is then written
 * twice, as HTML by the React components of components/email/ and as plain
 * text by emailText below, so the two parts of a message never disagree.
 * A new kind of block (a table of old → new values, a text to copy) is
 * added to EmailBlock, to components/email/email-blocks.tsx and to
 * blockText: TypeScript refuses the one that is missing.
 */

export type EmailBlock =
  | { type: "paragraph"; text: string }
  /** The message's one action: a link drawn as a button, its address also written out. */
  | { type: "action"; label: string; url: string }
  /** Small print under the rest (why they got it, what to do if it was not them). */
  | { type: "note"; text: string }
  /** A link among others (not the message's one action), its address written out. */
  | { type: "link"; label: string; url: string }
  /** What changed, one row per field: the value before and the value now. */
  | { type: "changes"; rows: { label: string; before: string; after: string }[] }
  /** A text to copy as it is (an announcement), its line breaks kept. */
  | { type: "copy"; label: string; text: string }
  /** A part in another language than the message's (a bilingual notice): marked with its language. */
  | { type: "part"; locale: Locale; heading: string; blocks: EmailBlock[] }
  /** Words someone else wrote (a question's first line, a reviewer's comment), set apart from ours. */
  | { type: "quote"; text: string }
  /** One item of a list (a digest's), with its own link. */
  | { type: "item"; text: string; url: string };

export type EmailContent = {
  subject: string;
  heading: string;
  blocks: EmailBlock[];
  /** Who sent it, on every message. */
  signature: string;
};

function blockText(block: EmailBlock): string {
  switch (block.type) {
    case "paragraph":
    case "note":
      return block.text;
    case "quote":
      return block.text
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n");
    case "action":
    case "link":
      return `${block.label}:\n${block.url}`;
    case "changes":
      return block.rows.map((row) => `${row.label}: ${row.before} → ${row.after}`).join("\n");
    case "copy":
      return `${block.label}:\n\n${block.text}`;
    case "part":
      return [`— — —\n\n${block.heading}`, ...block.blocks.map(blockText)].join("\n\n");
    case "item":
      return `- ${block.text}\n  ${block.url}`;
  }
}

/** The plain-text part: the heading, each block as a paragraph, the signature after a separator. */
export function emailText(content: EmailContent): string {
  return [content.heading, ...content.blocks.map(blockText), `-- \n${content.signature}`].join("\n\n") + "\n";
}

/** A message as it is sent: its subject, and its content as plain text and as HTML. */
export type RenderedEmail = { subject: string; text: string; html: string };

/** A stored message that cannot be written (an unknown kind or language, parameters its kind refuses): never tried again. */
export class EmailRenderError extends Error {}
