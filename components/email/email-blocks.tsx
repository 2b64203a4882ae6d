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
const LINK: CSSProperties = { color: "#1d4ea3" };
const COPY: CSSProperties = {
  ...TEXT,
  whiteSpace: "pre-wrap",
  padding: "12px",
  border: "1px solid #cbd5e1",
  borderRadius: "6px",
  backgroundColor: "#f8fafc",
  fontSize: "15px",
};
const PART: CSSProperties = { marginTop: "24px", paddingTop: "16px", borderTop: "1px solid #cbd5e1" };
const QUOTE: CSSProperties = {
  ...TEXT,
  margin: "0 0 16px",
  padding: "8px 12px",
  borderLeft: "4px solid #94a3b8",
  backgroundColor: "#f8fafc",
};

/** One block of a message's content (lib/email/content.ts), as HTML. */
export function EmailBlockView({ block }: { block: EmailBlock }) {
  switch (block.type) {
    case "paragraph":
      // Line breaks in a paragraph (a list of dates, a note typed in lines) stay as written.
      return <p style={{ ...TEXT, whiteSpace: "pre-line" }}>{block.text}</p>;
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
            <a href={block.url} style={LINK}>
              {block.url}
            </a>
          </p>
        </>
      );
    case "link":
      return (
        <p style={TEXT}>
          {block.label}:
          <br />
          <a href={block.url} style={{ ...LINK, wordBreak: "break-all" }}>
            {block.url}
          </a>
        </p>
      );
    case "changes":
      return (
        <ul style={{ ...TEXT, paddingLeft: "20px" }}>
          {block.rows.map((row) => (
            <li key={row.label} style={{ marginBottom: "8px" }}>
              <strong>{row.label}:</strong>{" "}
              <span style={{ textDecoration: "line-through", color: "#475569" }}>{row.before}</span> →{" "}
              <strong>{row.after}</strong>
            </li>
          ))}
        </ul>
      );
    case "copy":
      return (
        <>
          <p style={{ ...TEXT, fontWeight: 600, margin: "0 0 8px" }}>{block.label}</p>
          <div style={COPY}>{block.text}</div>
        </>
      );
    case "part":
      return (
        <div lang={block.locale} style={PART}>
          <h2 style={{ margin: "0 0 16px", fontSize: "20px", lineHeight: "1.3" }}>{block.heading}</h2>
          {block.blocks.map((inner, index) => (
            <EmailBlockView key={index} block={inner} />
          ))}
        </div>
      );
  }
}
