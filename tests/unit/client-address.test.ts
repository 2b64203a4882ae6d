import { afterEach, describe, expect, it, vi } from "vitest";
import { proxyList, resolveClientAddress } from "@/lib/auth/client-ip";
import { throttleAddress } from "@/lib/auth/throttle";

describe("resolveClientAddress", () => {
  const none = proxyList([]);
  const local = proxyList(["127.0.0.1", "::1"]);

  it("uses the connection's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:203.0.113.9", null, none)).toBe("203.0.113.9");
    expect(resolveClientAddress("127.0.0.1", "1.2.3.4", none)).toBe("127.0.0.1");
  });

  it("behind a trusted proxy takes the right-most address that is not a trusted proxy", () => {
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7", local)).toBe("198.51.100.7");
    expect(resolveClientAddress("::ffff:127.0.0.1", "6.6.6.6, 198.51.100.7", local)).toBe("198.51.100.7");
    const chain = proxyList(["127.0.0.1", "10.0.0.0/8", "2001:db8::/32"]);
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3", chain)).toBe("198.51.100.7");
    expect(resolveClientAddress("2001:db8::1", "6.6.6.6, 2600::1, 2001:db8:ffff::9", chain)).toBe("2600::1");
  });

  it("gives a request relayed by trusted proxies only to the furthest of them, and stops at a malformed entry", () => {
    expect(resolveClientAddress("127.0.0.1", null, local)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "::1", local)).toBe("::1");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7, not-an-address", local)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.7, 198.51.100.8:4000", local)).toBe("127.0.0.1");
  });

  it("does not believe X-Forwarded-For from an address outside the trusted ranges", () => {
    expect(resolveClientAddress("192.0.2.1", "198.51.100.7", proxyList(["10.0.0.0/8"]))).toBe("192.0.2.1");
  });
});

describe("TRUSTED_PROXIES", () => {
  afterEach(() => vi.unstubAllEnvs());

  async function parsed(value: string) {
    vi.stubEnv("TRUSTED_PROXIES", value);
    vi.resetModules();
    const { getEnv } = await import("@/lib/env");
    return getEnv().TRUSTED_PROXIES;
  }

  it("takes addresses and CIDR ranges of both families, separated by commas or spaces", async () => {
    expect(await parsed("127.0.0.1, ::1 10.0.0.0/8,2001:db8::/32")).toEqual([
      "127.0.0.1",
      "::1",
      "10.0.0.0/8",
      "2001:db8::/32",
    ]);
    expect(await parsed("")).toEqual([]);
  });

  it.each(["localhost", "10.0.0.0/33", "300.1.1.1", "*"])("refuses %s", async (value) => {
    await expect(parsed(value)).rejects.toThrow();
  });
});

describe("throttleAddress", () => {
  it("counts an IPv4 address alone and an IPv6 address by its /64 network", () => {
    expect(throttleAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(throttleAddress("2001:db8:1:2::5")).toBe("2001:db8:1:2::/64");
    expect(throttleAddress("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(throttleAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(throttleAddress("::1")).toBe("0:0:0:0::/64");
    expect(throttleAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });
});
