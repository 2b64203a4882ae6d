import { BlockList, isIPv4, isIPv6 } from "node:net";
import { getEnv } from "@/lib/env";
import { PEER_ADDRESS_HEADER } from "@/lib/server-process/internal-headers.mjs";

/** A dual-stack socket reports an IPv4 client as "::ffff:a.b.c.d". */
function plainAddress(address: string): string {
  return /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;
}

function family(address: string): "ipv4" | "ipv6" {
  return isIPv4(address) ? "ipv4" : "ipv6";
}

/** TRUSTED_PROXIES's entries (addresses and CIDR ranges, already checked by lib/env.ts) as one list. */
export function proxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    if (prefix === undefined) list.addAddress(address, family(address));
    else list.addSubnet(address, Number(prefix), family(address));
  }
  return list;
}

/**
 * The connection's own address, unless it is a trusted proxy: then the
 * right-most X-Forwarded-For entry that is not one, since each proxy appends
 * the address it was reached from and everything left of that was written
 * by the client, who can write anything. A request relayed by trusted
 * proxies only is theirs (the left-most); a malformed entry ends the walk.
 */
export function resolveClientAddress(peer: string, forwardedFor: string | null, trusted: BlockList): string {
  let address = plainAddress(peer);
  if (!trusted.check(address, family(address))) return address;
  for (const entry of (forwardedFor ?? "").split(",").reverse()) {
    const hop = plainAddress(entry.trim());
    if (!isIPv4(hop) && !isIPv6(hop)) break;
    address = hop;
    if (!trusted.check(hop, family(hop))) break;
  }
  return address;
}

let trustedProxies: BlockList | undefined;

/** Whether a connection comes from one of TRUSTED_PROXIES, whose X-Forwarded-* headers are believed. */
export function isTrustedProxy(peer: string): boolean {
  trustedProxies ??= proxyList(getEnv().TRUSTED_PROXIES);
  const address = plainAddress(peer);
  return trustedProxies.check(address, family(address));
}

/** The address that failed sign-ins are counted against (lib/auth/throttle.ts). */
export function clientIp(requestHeaders: Headers): string {
  const peer = requestHeaders.get(PEER_ADDRESS_HEADER);
  // Without it every client would look alike, and one could throttle all.
  if (!peer)
    throw new Error(
      `The request has no ${PEER_ADDRESS_HEADER} header: serve through lib/server-process/server.mjs (npm start does).`,
    );
  trustedProxies ??= proxyList(getEnv().TRUSTED_PROXIES);
  return resolveClientAddress(peer, requestHeaders.get("x-forwarded-for"), trustedProxies);
}
