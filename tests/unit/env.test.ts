import { describe, expect, it } from "vitest";
import { EnvError, listenHost, loopbackOrigin, modeOf, parseEnv, parseMailAddress } from "@/lib/env";
import { emailDelivery } from "@/lib/email/delivery";

const failure = (source: Record<string, string>) => {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.message;
    throw error;
  }
  throw new Error("parseEnv accepted it");
};

describe("the environment", () => {
  it("has a default for everything on a laptop: local mode, loopback only", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      mode: "local",
      SITE_URL: "http://localhost:3000",
      PORT: 3000,
      DATABASE_POOL_SIZE: 10,
      NEXT_DIST_DIR: ".next",
      SHUTDOWN_TIMEOUT_MS: 10_000,
      STAFF_PROOF_SECONDS: 300,
    });
    expect(listenHost(env)).toBe("127.0.0.1");
    expect(loopbackOrigin(env)).toBe("http://127.0.0.1:3000");
  });

  it("treats an empty value as unset (an env file's NAME=)", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: " ", SITE_URL: "" })).toMatchObject({
      DATABASE_URL: undefined,
      PORT: 3000,
      mode: "local",
    });
  });

  it("is a real deployment for any SITE_URL not on this machine, whatever NODE_ENV says", () => {
    for (const url of ["http://localhost:3000", "http://127.0.0.1:8080", "http://[::1]:3000"])
      expect(modeOf(url)).toBe("local");
    for (const url of ["https://encuentros.example", "http://192.168.1.20:3000", "http://localhost.example.org"])
      expect(modeOf(url)).toBe("deployment");
    const env = parseEnv({ SITE_URL: "https://encuentros.example", NODE_ENV: "development", PORT: "8080" });
    expect(env.mode).toBe("deployment");
    expect(listenHost(env)).toBe("0.0.0.0");
    expect(loopbackOrigin(env)).toBe("http://127.0.0.1:8080");
    expect(loopbackOrigin(parseEnv({ SITE_URL: "https://encuentros.example", HOST: "::1" }))).toBe("http://[::1]:3000");
    expect(listenHost(parseEnv({ SITE_URL: "https://encuentros.example", HOST: "10.0.0.5" }))).toBe("10.0.0.5");
  });

  it("stops on a wrong value with one sentence naming the variable and what it expects", () => {
    expect(failure({ PORT: "99999" })).toBe("PORT must be a port number from 1 to 65535.");
    expect(failure({ DATABASE_POOL_SIZE: "lots" })).toBe(
      "DATABASE_POOL_SIZE must be a whole number of connections from 1 to 1000.",
    );
    expect(failure({ SITE_URL: "encuentros.example" })).toMatch(
      /^SITE_URL must be the public address of the site, an http:\/\/ or https:\/\/ URL/,
    );
    expect(failure({ SITE_URL: "ftp://encuentros.example" })).toMatch(/^SITE_URL must be/);
    expect(failure({ LOG_LEVEL: "verbose" })).toBe("LOG_LEVEL must be debug, info, warn, error or silent.");
    expect(failure({ SEED_DEMO_DATA: "maybe" })).toBe("SEED_DEMO_DATA must be true or false.");
    expect(failure({ SHUTDOWN_TIMEOUT_MS: "-1" })).toMatch(/^SHUTDOWN_TIMEOUT_MS must be/);
    expect(failure({ STAFF_PROOF_SECONDS: "3600" })).toBe(
      "STAFF_PROOF_SECONDS must be a whole number of seconds from 30 to 900.",
    );
    expect(failure({ HOST: "every interface" })).toMatch(/^HOST must be an IP address/);
    expect(failure({ NEXT_DIST_DIR: "../elsewhere" })).toMatch(
      /^NEXT_DIST_DIR must be a folder name inside the project/,
    );
    // The secret itself never appears in the message.
    expect(failure({ AUTH_SECRET: "tooshort-secret" })).toBe(
      "AUTH_SECRET must be at least 32 characters (generate one with `openssl rand -base64 48`).",
    );
  });

  it("never mistakes a wrong DATABASE_URL for 'use the embedded database'", () => {
    expect(failure({ DATABASE_URL: '"postgresql://u@db:5432/app"' })).toMatch(/^DATABASE_URL has quotes around it/);
    expect(failure({ DATABASE_URL: "'postgresql://u@db:5432/app'" })).toMatch(/^DATABASE_URL has quotes around it/);
    expect(failure({ DATABASE_URL: "mysql://u@db:3306/app" })).toMatch(
      /^DATABASE_URL must be a PostgreSQL URL \(postgresql:\/\/…\), not mysql:\/\/…/,
    );
    expect(failure({ DATABASE_URL: "file:./dev.db" })).toMatch(/^DATABASE_URL is not a URL: expected postgresql:\/\//);
    expect(failure({ DATABASE_URL: "postgresql:/db.example/app" })).toMatch(/^DATABASE_URL is not a URL/);
    expect(failure({ DATABASE_URL: "postgresql://u@db:5432" })).toMatch(/^DATABASE_URL names no database/);
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/app" }).DATABASE_URL).toBe("postgres://u:p@db:5432/app");
  });

  it("keeps the local demo off the network", () => {
    expect(failure({ HOST: "0.0.0.0" })).toMatch(/^HOST=0\.0\.0\.0 would put the local demo/);
    expect(listenHost(parseEnv({ HOST: "::1" }))).toBe("::1");
  });

  it("reads where email goes: a mail server, kept in local mode, or off in a real deployment", () => {
    expect(emailDelivery(parseEnv({}))).toEqual({
      mode: "local",
      from: { name: "Encuentros", address: "encuentros@encuentros.localhost" },
    });
    expect(emailDelivery(parseEnv({ SITE_URL: "https://encuentros.example" }))).toEqual({ mode: "off" });
    const smtp = parseEnv({
      SITE_URL: "https://encuentros.example",
      SMTP_URL: "smtps://u%40x:p@smtp.example.org:465",
      EMAIL_FROM: '"Policía de Dallas" <encuentros@example.org>',
    });
    expect(emailDelivery(smtp)).toEqual({
      mode: "smtp",
      url: "smtps://u%40x:p@smtp.example.org:465",
      from: { name: "Policía de Dallas", address: "encuentros@example.org" },
    });
    expect(parseMailAddress("encuentros@example.org")).toEqual({ name: null, address: "encuentros@example.org" });
  });

  it("refuses a mail server URL or a sender that is not one, without repeating the password", () => {
    expect(failure({ SMTP_URL: "https://smtp.example.org" })).toBe(
      "SMTP_URL must be an smtp:// or smtps:// URL of the mail server, such as smtps://user:password@smtp.example.org:465.",
    );
    expect(failure({ SMTP_URL: "smtp.example.org:587" })).toMatch(/^SMTP_URL must be/);
    expect(failure({ SMTP_URL: '"smtps://u:secret-pass@smtp.example.org"' })).not.toContain("secret-pass");
    for (const from of [
      "Encuentros",
      "a@example.org, b@example.org",
      "Eve <eve@example.org>\r\nBcc: x@example.org",
      "Eve\n<eve@example.org> <x@y.z>",
    ]) {
      expect(failure({ EMAIL_FROM: from })).toMatch(/^EMAIL_FROM must be one email address, optionally with a name/);
    }
  });
});

describe(".env.example", () => {
  it("lists every variable the app reads, each once, and nothing else", async () => {
    const { ENV_VARIABLES } = await import("@/lib/env");
    const fs = await import("node:fs");
    const listed = fs
      .readFileSync(".env.example", "utf8")
      .split("\n")
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.slice(0, line.indexOf("=")));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...ENV_VARIABLES].sort());
  });
});
