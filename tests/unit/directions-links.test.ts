import { describe, expect, it } from "vitest";
import { directionsLinks } from "@/lib/venues/directions-links";

describe("directionsLinks", () => {
  it("searches the encoded address on Google Maps, Apple Maps and OpenStreetMap", () => {
    const links = directionsLinks("100 Demo Street, Dallas, TX 75211");
    const encoded = "100%20Demo%20Street%2C%20Dallas%2C%20TX%2075211";
    expect(links).toEqual([
      { provider: "google", url: `https://www.google.com/maps/search/?api=1&query=${encoded}` },
      { provider: "apple", url: `https://maps.apple.com/?q=${encoded}` },
      { provider: "osm", url: `https://www.openstreetmap.org/search?query=${encoded}` },
    ]);
  });

  it("cannot add query parameters through the address", () => {
    const [google] = directionsLinks("1 Main St & Elm #2?x=1");
    expect(new URL(google!.url).searchParams.get("query")).toBe("1 Main St & Elm #2?x=1");
  });
});
