// @ts-check
/**
 * Next.js 16 gives app code a request's headers but not its socket, so the
 * server preload writes the connection's own address into this header on
 * every request, before Next.js reads it. Whatever a client sent under this
 * name is dropped first: it is the one address in a request that the client
 * cannot choose (lib/auth/client-ip.ts).
 */
export const PEER_ADDRESS_HEADER = "x-encuentros-peer-address";

/** @param {import("node:http").IncomingMessage} request */
export function stampPeerAddress(request) {
  const address = request.socket.remoteAddress ?? "";
  // Node builds `headers` and `headersDistinct` lazily from `rawHeaders`:
  // build them now, then change all three alike.
  request.headers[PEER_ADDRESS_HEADER] = address;
  request.headersDistinct[PEER_ADDRESS_HEADER] = [address];
  const raw = request.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) {
    if (raw[i]?.toLowerCase() === PEER_ADDRESS_HEADER) raw.splice(i, 2);
  }
  raw.push(PEER_ADDRESS_HEADER, address);
}
