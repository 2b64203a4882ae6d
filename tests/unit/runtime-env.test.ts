import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { logLevel, runtimeEnv, standaloneListen } from "@/lib/server-process/runtime-env.mjs";
import { STRICT_TRANSPORT_SECURITY, strictTransportSecurityFor } from "@/lib/server-process/transport-security.mjs";

describe("the launcher's and server process's environment", () => {
  it("gives the shutdown timeout and site address the server process uses", () => {
    expect(runtimeEnv({ SHUTDOWN_TIMEOUT_MS: "300", SITE_URL: "https://encuentros.example" })).toMatchObject({
      SHUTDOWN_TIMEOUT_MS: 300,
      SITE_URL: "https://encuentros.example",
    });
    expect(runtimeEnv({})).toMatchObject({ SHUTDOWN_TIMEOUT_MS: 10_000, SITE_URL: undefined });
  });

  it("gives a server started on its own the address HOST and PORT name, loopback and 3000 by default, and refuses a port that is not one", () => {
    expect(standaloneListen({ HOST: "::1", PORT: "3105" })).toEqual({ host: "::1", port: 3105 });
    expect(standaloneListen({})).toEqual({ host: "127.0.0.1", port: 3000 });
    expect(() => standaloneListen({ PORT: "eighty" })).toThrow();
  });

  it("refuses a timeout the app's own check refuses, naming the variable", () => {
    expect(() => runtimeEnv({ SHUTDOWN_TIMEOUT_MS: "soon" })).toThrow(/^SHUTDOWN_TIMEOUT_MS is not valid/);
    expect(() => parseEnv({ SHUTDOWN_TIMEOUT_MS: "soon" })).toThrow(/^SHUTDOWN_TIMEOUT_MS must be/);
  });

  it("logs at info unless LOG_LEVEL says otherwise, in any case", () => {
    expect(logLevel({})).toBe("info");
    expect(logLevel({ LOG_LEVEL: "WARN" })).toBe("warn");
    expect(logLevel({ LOG_LEVEL: "silent" })).toBe("silent");
  });

  it("pins the site to https (Strict-Transport-Security) only when SITE_URL is https", () => {
    expect(strictTransportSecurityFor(runtimeEnv({ SITE_URL: "https://encuentros.example.org" }).SITE_URL)).toBe(
      STRICT_TRANSPORT_SECURITY,
    );
    expect(strictTransportSecurityFor(" HTTPS://Encuentros.example.org ")).toBe(STRICT_TRANSPORT_SECURITY);
    expect(STRICT_TRANSPORT_SECURITY).toMatch(/^max-age=63072000; includeSubDomains$/);
    for (const local of ["http://localhost:3000", "http://127.0.0.1:3100", undefined])
      expect(strictTransportSecurityFor(local), String(local)).toBeNull();
  });
});
