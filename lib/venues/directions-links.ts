export type DirectionsProvider = "google" | "apple" | "osm";

/**
 * Map searches for an address on three services, so residents can pick the
 * app they already have. Plain links: the page itself loads nothing from them.
 */
export function directionsLinks(address: string): { provider: DirectionsProvider; url: string }[] {
  const query = encodeURIComponent(address);
  return [
    { provider: "google", url: `https://www.google.com/maps/search/?api=1&query=${query}` },
    { provider: "apple", url: `https://maps.apple.com/?q=${query}` },
    { provider: "osm", url: `https://www.openstreetmap.org/search?query=${query}` },
  ];
}
