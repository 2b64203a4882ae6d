import type { CSSProperties } from "react";
import type { EmailBlock } from "@/lib/email/content";

// Styles are inline: most mail programs drop <style> and every stylesheet.
const TEXT: CSSProperties = { margin: "0 0 16px", fontSize: "16px", lineHeight: "1.5" };
const BUTTON: CSSProperties = {
  display: "inline-block",
  padding: "12px 20px",
  borderRadius: "6px",
  backgroundColor: "#173f84",
  color: "#ffffff",
  fontWeight: 600,
  textDecoration: "none",
};
const ADDRESS: CSSProperties = { ...TEXT, fontSize: "14px", wordBreak: "break-all", color: "#334155" };
const NOTE: CSSProperties = { ...TEXT, fontSize: "14px", color: "#475569" };
const QUOTE: CSSProperties = { ...TEXT, margin: "0 0 16px", padding: "8px 12px", borderLeft: "4px solid #94a3b8", backgroundColor: "#f8fafc" };
const LINK: CSSProperties = { color: "#1d4ea3" };

/** One block of a message's content (lib/email/content.ts), as HTML. */
export function EmailBlockView({ block }: { block: EmailBlock }) {
  switch (block.type) {
    case "paragraph":
      return <p style={TEXT}>{block.text}</p>;
    case "note":
      return <p style={NOTE}>{block.text}</p>;
    case "quote":
      return <blockquote style={QUOTE}>{block.text}</blockquote>;
    case "item":
      return (
        <p style={TEXT}>
          <a href={block.url} style={LINK}>
            {block.text}
          </a>
        </p>
      );
    case "action":
      // The address written out too: some mail programs show no buttons, and it can be copied.
      return (
        <>
          <p style={TEXT}>
            <a href={block.url} style={BUTTON}>
              {block.label}
            </a>
          </p>
          <p style={ADDRESS}>
            <a href={block.url} style={{ color: "#1d4ea3" }}>
              {block.url}
            </a>
          </p>
        </>
      );
  }
}
