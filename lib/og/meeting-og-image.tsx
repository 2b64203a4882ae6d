export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export type MeetingOgImageText = {
  siteLine: string;
  title: string;
  /** "Thursday, January 28" */
  day: string;
  /** "6:00 – 7:30 PM (Central time)" */
  time: string;
  venueName: string;
  address: string;
  /** "Cancelled" / "Postponed"; null when the session is as scheduled. */
  statusLabel: string | null;
};

const BRAND = "#173f84";

// Intl puts a narrow no-break space before "PM" / "p. m."; Noto Sans has no
// glyph for it, and a missing glyph would make next/og fetch a font online.
export function printable(text: string): string {
  return text.replace(/\u202F/g, "\u00A0");
}

/**
 * The link preview shown by WhatsApp, Facebook and others: what, when and
 * where, large enough to read in a chat thumbnail. Satori layout: every
 * element with several children is a flex box.
 */
export function MeetingOgImage({ text: raw }: { text: MeetingOgImageText }) {
  const text = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, typeof value === "string" ? printable(value) : value]),
  ) as MeetingOgImageText;
  const titleSize = text.title.length > 70 ? 52 : 64;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        backgroundColor: "#ffffff",
        borderTop: `24px solid ${BRAND}`,
        padding: "40px 64px 48px",
        fontFamily: "Noto Sans",
        color: "#0f172a",
      }}
    >
      <div style={{ display: "flex", fontSize: 28, fontWeight: 700, color: BRAND }}>{text.siteLine}</div>
      {text.statusLabel ? (
        <div style={{ display: "flex", marginTop: 24 }}>
          <div
            style={{
              display: "flex",
              backgroundColor: "#9f1239",
              color: "#ffffff",
              fontSize: 34,
              fontWeight: 700,
              padding: "6px 20px",
              borderRadius: 8,
            }}
          >
            {text.statusLabel}
          </div>
        </div>
      ) : null}
      <div
        style={{
          display: "block",
          marginTop: 20,
          fontSize: titleSize,
          fontWeight: 700,
          lineHeight: 1.15,
          lineClamp: 2,
          textDecoration: text.statusLabel ? "line-through" : "none",
        }}
      >
        {text.title}
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: "auto", fontSize: 38 }}>
        <div style={{ display: "flex", fontWeight: 700 }}>{text.day}</div>
        <div style={{ display: "flex" }}>{text.time}</div>
        <div style={{ display: "flex", marginTop: 16, fontWeight: 700, fontSize: 34 }}>{text.venueName}</div>
        <div style={{ display: "flex", fontSize: 30, color: "#334155" }}>{text.address}</div>
      </div>
    </div>
  );
}
