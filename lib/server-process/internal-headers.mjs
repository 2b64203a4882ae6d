// @ts-check
/**
 * The two request headers that only the server itself writes (server.mjs).
 * Whatever a visitor sent under these names is dropped on arrival.
 *
 * - The connection's own address: Next.js gives app code a request's
 *   headers but not its socket, so the server writes it here on every
 *   request before Next.js reads it (lib/auth/client-ip.ts).
 * - The render token: marks the boundary's own requests to the private
 *   render listener (lib/serving/render.ts), which refuses any other.
 */
export const PEER_ADDRESS_HEADER = "x-encuentros-peer-address";
export const RENDER_HEADER = "x-encuentros-render";

/**
 * Drops what a visitor sent under the server's own names, then writes the
 * connection's address. Node builds `headers` and `headersDistinct` lazily
 * from `rawHeaders`: build them now, then change all three alike.
 * @param {import("node:http").IncomingMessage} request
 */
export function stampPeerAddress(request) {
  const address = request.socket.remoteAddress ?? "";
  delete request.headers[RENDER_HEADER];
  delete request.headersDistinct[RENDER_HEADER];
  request.headers[PEER_ADDRESS_HEADER] = address;
  request.headersDistinct[PEER_ADDRESS_HEADER] = [address];
  const raw = request.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) {
    const name = raw[i]?.toLowerCase();
    if (name === PEER_ADDRESS_HEADER || name === RENDER_HEADER) raw.splice(i, 2);
  }
  raw.push(PEER_ADDRESS_HEADER, address);
}
