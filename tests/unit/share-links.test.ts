import { describe, expect, it } from "vitest";
import { shareLinks } from "@/lib/sharing/share-links";
import { meetingShareMessage, partnerShareMessage } from "@/lib/sharing/share-text";
import { buildPublicMeeting } from "@/tests/support/meeting-factory";

// Intl puts thin and no-break spaces in times and ranges: compare words, not space characters.
const plain = (text: string) => text.replace(/[^\S\n]/g, " ");

const URL_ES = "https://encuentros.example/es/reuniones/familia-bethel-2027-01-28";

describe("shareLinks", () => {
  const links = shareLinks({ url: URL_ES, text: "Reunión: jueves 28 de enero", subject: "Reunión & más" });

  it("sends the text and the page's own address to WhatsApp, SMS and email", () => {
    const whatsapp = new URL(links.whatsapp);
    expect(whatsapp.origin + whatsapp.pathname).toBe("https://wa.me/");
    expect([...whatsapp.searchParams.keys()]).toEqual(["text"]);
    expect(whatsapp.searchParams.get("text")).toBe(`Reunión: jueves 28 de enero\n${URL_ES}`);

    expect(links.sms.startsWith("sms:?&body=")).toBe(true);
    expect(decodeURIComponent(links.sms.slice("sms:?&body=".length))).toBe(`Reunión: jueves 28 de enero\n${URL_ES}`);

    const email = /^mailto:\?subject=([^&]*)&body=(.*)$/.exec(links.email);
    expect(email).not.toBeNull();
    expect(decodeURIComponent(email![1]!)).toBe("Reunión & más");
    expect(decodeURIComponent(email![2]!)).toBe(`Reunión: jueves 28 de enero\n${URL_ES}`);
  });

  it("gives Facebook only the address, which reads the rest from the page's preview tags", () => {
    const facebook = new URL(links.facebook);
    expect(facebook.origin + facebook.pathname).toBe("https://www.facebook.com/sharer/sharer.php");
    expect([...facebook.searchParams.entries()]).toEqual([["u", URL_ES]]);
  });

  it("adds no tracking parameters to the shared address", () => {
    for (const link of Object.values(links)) expect(decodeURIComponent(link)).not.toMatch(/utm_|fbclid|ref=/);
  });
});

describe("meetingShareMessage", () => {
  it("says title, weekday, date, Central time and place in Spanish", () => {
    const message = meetingShareMessage(buildPublicMeeting({ title: "Reunión comunitaria" }), "es", URL_ES);
    expect(message.url).toBe(URL_ES);
    expect(plain(message.text)).toBe(
      "Reunión comunitaria: jueves 28 de enero · 6:00 – 7:30 p. m. (hora del centro), Iglesia Familia Bethel Internacional, 100 Demo Street, Dallas, TX 75211.",
    );
    expect(message.subject).toBe("Reunión comunitaria");
  });

  it("says the same in English, and marks a cancelled session", () => {
    const message = meetingShareMessage(
      buildPublicMeeting({ status: "CANCELLED" }),
      "en",
      "https://x.example/en/meetings/a",
    );
    expect(plain(message.text)).toMatch(
      /^Cancelled: Community meeting with Dallas Police, Thursday, January 28 · 6:00 – 7:30 PM \(Central time\), Iglesia Familia Bethel Internacional, 100 Demo Street/,
    );
  });
});

describe("partnerShareMessage", () => {
  const partner = {
    name: "Iglesia Nueva Esperanza",
    street: "1 Main St",
    city: "Dallas",
    region: "TX",
    postalCode: "75201",
  };

  it("names the place and the next session in the page's language", () => {
    const message = partnerShareMessage(partner, buildPublicMeeting(), "es", "https://x.example/es/socios/nueva");
    expect(plain(message.text)).toBe(
      "Reuniones comunitarias con la Policía de Dallas en Iglesia Nueva Esperanza, 1 Main St, Dallas, TX 75201. La próxima: jueves 28 de enero · 6:00 – 7:30 p. m. (hora del centro).",
    );
    expect(message.subject).toBe("Reuniones en Iglesia Nueva Esperanza");
  });

  it("leaves out the next session when none is announced", () => {
    expect(plain(partnerShareMessage(partner, undefined, "en", "https://x.example/en/partners/nueva").text)).toBe(
      "Community meetings with Dallas Police at Iglesia Nueva Esperanza, 1 Main St, Dallas, TX 75201.",
    );
  });
});
