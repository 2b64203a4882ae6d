import { printable } from "./meeting-og-image";

export type PartnerOgImageText = {
  siteLine: string;
  /** "Partner of Encuentros" */
  kicker: string;
  name: string;
  /** "Next meeting: Thursday, January 28", or that none is announced. */
  nextLine: string;
  /** "6:00 – 7:30 PM (Central time)"; null when none is announced. */
  time: string | null;
  address: string;
};

const BRAND = "#173f84";

/**
 * A partner page's link preview: the church, its next meeting and where,
 * laid out like a meeting's (lib/og/meeting-og-image.tsx).
 */
export function PartnerOgImage({ text: raw }: { text: PartnerOgImageText }) {
  const text = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, typeof value === "string" ? printable(value) : value]),
  ) as PartnerOgImageText;
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
      <div style={{ display: "flex", marginTop: 24, fontSize: 32, fontWeight: 700, color: "#334155" }}>
        {text.kicker}
      </div>
      <div
        style={{
          display: "block",
          marginTop: 8,
          fontSize: text.name.length > 40 ? 56 : 68,
          fontWeight: 700,
          lineHeight: 1.15,
          lineClamp: 2,
        }}
      >
        {text.name}
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: "auto", fontSize: 38 }}>
        <div style={{ display: "flex", fontWeight: 700 }}>{text.nextLine}</div>
        {text.time ? <div style={{ display: "flex" }}>{text.time}</div> : null}
        <div style={{ display: "flex", marginTop: 16, fontSize: 30, color: "#334155" }}>{text.address}</div>
      </div>
    </div>
  );
}
