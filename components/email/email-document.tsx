import type { EmailContent } from "@/lib/email/content";
import type { Locale } from "@/lib/i18n/locales";
import { EmailBlockView } from "./email-blocks";

/**
 * A whole message as an HTML document: its language on <html>, real text
 * only (no images), one column that fits a phone. Rendered to a string by
 * lib/email/render.ts when the message is sent, never in a page.
 */
export function EmailDocument({ content, locale }: { content: EmailContent; locale: Locale }) {
  return (
    <html lang={locale} dir="ltr">
      {/* A whole email document, rendered to a string: not a Next.js page, whose head next/head manages. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>{content.subject}</title>
      </head>
      <body
        style={{
          margin: 0,
          padding: "24px 12px",
          backgroundColor: "#f1f5f9",
          color: "#0f172a",
          fontFamily: "Arial, Helvetica, sans-serif",
        }}
      >
        <div
          role="article"
          aria-roledescription="email"
          aria-label={content.subject}
          lang={locale}
          style={{
            maxWidth: "560px",
            margin: "0 auto",
            padding: "24px",
            backgroundColor: "#ffffff",
            borderRadius: "8px",
          }}
        >
          <h1 style={{ margin: "0 0 16px", fontSize: "22px", lineHeight: "1.3" }}>{content.heading}</h1>
          {content.blocks.map((block, index) => (
            <EmailBlockView key={index} block={block} />
          ))}
          <p
            style={{
              margin: "24px 0 0",
              paddingTop: "16px",
              borderTop: "1px solid #cbd5e1",
              fontSize: "14px",
              color: "#475569",
            }}
          >
            {content.signature}
          </p>
        </div>
      </body>
    </html>
  );
}
