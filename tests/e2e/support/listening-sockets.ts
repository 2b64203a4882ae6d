import fs from "node:fs";

/**
 * The local addresses of the sockets listening on a TCP port, read from
 * Linux's /proc/net/tcp and tcp6 (state 0A is LISTEN): what the server is
 * bound to, as the kernel sees it.
 */
export function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const addresses: string[] = [];
  for (const [file, v6] of [
    ["/proc/net/tcp", false],
    ["/proc/net/tcp6", true],
  ] as const) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== "0A" || !local.endsWith(`:${hexPort}`)) continue;
      addresses.push(v6 ? ipv6(local.split(":")[0]!) : ipv4(local.split(":")[0]!));
    }
  }
  return addresses;
}

// The kernel prints each 32-bit word in host (little-endian) byte order.
const wordBytes = (hex: string) => hex.match(/../g)!.reverse();

function ipv4(hex: string): string {
  return wordBytes(hex)
    .map((byte) => Number.parseInt(byte, 16))
    .join(".");
}

function ipv6(hex: string): string {
  const bytes = hex.match(/.{8}/g)!.flatMap(wordBytes);
  const groups = Array.from({ length: 8 }, (_, index) =>
    Number.parseInt(bytes[index * 2]! + bytes[index * 2 + 1]!, 16).toString(16),
  );
  return groups.join(":").replace(/(^|:)0(:0)+(:|$)/, "::");
}
