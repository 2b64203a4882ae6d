import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { pathnames } from "../../lib/i18n/pathnames";
import { gzipSync } from "node:zlib";
import { type RawAnswer, rawRequest, requestText } from "../support/raw-http";
import { actionFields } from "./support/staff-http";

/**
 * What a stranger can choose in a request (method, path spelling, every
 * header, including the ones that mean something to Next.js, and how slowly
 * the bytes arrive), thrown at the residents' pages, calendar files, feed and
 * widget over bare sockets. For each: no 5xx, the socket answered or closed
 * within 10 s, and the next plain GET of the page gets the real page.
 */

/** Every header name the installed Next.js reads, from its own source: a new release's headers are tested without editing this file. */
function nextInternalHeaders(): string[] {
  const root = path.resolve("node_modules/next/dist");
  const files = [
    "client/components/app-router-headers.js",
    "lib/constants.js",
    "server/base-server.js",
    "server/next-server.js",
    "server/lib/router-server.js",
    "server/app-render/action-handler.js",
    "server/request-meta.js",
  ];
  const names = new Set<string>(["x-middleware-subrequest", "x-middleware-prefetch", "x-nextjs-data"]);
  for (const file of files) {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    for (const [, name] of source.matchAll(
      /['"]((?:rsc|next-[a-z-]+|x-(?:nextjs|middleware|next|invoke|now|matched|prerender|action)[a-z-]*))['"]/g,
    ))
      names.add(name!);
  }
  return [...names].filter((name) => !name.endsWith("-"));
}

const wholeDocument = (answer: RawAnswer) =>
  answer.status === 200 &&
  (answer.body.includes("</html>") ||
    answer.body.startsWith("BEGIN:VCALENDAR") ||
    answer.body.trimEnd().endsWith("</rss>"));

test.describe("the residents' boundary against hostile requests", () => {
  test.describe.configure({ timeout: 180_000 });
  let serverPort: number;
  let slugs: string[];

  test.beforeAll(async ({ baseURL, request }) => {
    serverPort = Number(new URL(baseURL!).port);
    const listing = await (await request.get("/es")).text();
    slugs = [...new Set([...listing.matchAll(/href="\/es\/reuniones\/([a-z0-9-]+)"/g)].map((match) => match[1]!))];
    expect(slugs.length).toBeGreaterThan(3);
  });

  const get = (target: string, headers: Record<string, string> = {}) =>
    rawRequest(serverPort, requestText("GET", target, headers));

  async function expectRealPage(target: string) {
    const plain = await get(target);
    expect(wholeDocument(plain), `${target}: ${plain.status} ${plain.body.slice(0, 80)}`).toBe(true);
  }

  test("every header Next.js reads is ignored on residents' pages: the page, never its RSC data or `{}`, for this visitor and the next", async () => {
    const headers = nextInternalHeaders();
    expect(headers).toEqual(
      expect.arrayContaining([
        "rsc",
        "next-action",
        "next-router-prefetch",
        "next-router-state-tree",
        "x-middleware-prefetch",
        "x-nextjs-data",
      ]),
    );
    const targets = slugs.flatMap((slug) => [
      `/es/reuniones/${slug}`,
      `/en/meetings/${slug}`,
      `/ics/es/${slug}`,
      `/ics/en/${slug}`,
    ]);
    for (const [index, name] of headers.entries()) {
      // A URL that is, most likely, not cached yet: the hostile request is the one that renders it.
      const target = `${targets[index % targets.length]!}`;
      const answer = await get(target, { [name]: name === "next-router-state-tree" ? "%5B%22%22%5D" : "1" });
      expect(answer.status, `${name} on ${target}`).toBeLessThan(500);
      expect(answer.body, name).not.toBe("{}");
      expect(answer.headers["content-type"] ?? "", name).not.toContain("text/x-component");
      await expectRealPage(target);
    }
  });

  test("other methods get 405 on pages without a form, and a form post needs this site's origin", async () => {
    // A method Node.js's parser does not know never gets that far: 400.
    expect((await rawRequest(serverPort, requestText("FOO", "/es", { "Content-Length": "0" }))).status).toBe(400);
    for (const method of ["PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND"]) {
      for (const target of ["/es", "/en/archive", `/ics/es/${slugs[0]}`, "/feeds/es/upcoming.xml"]) {
        const answer = await rawRequest(serverPort, requestText(method, target, { "Content-Length": "0" }));
        expect(answer.status, `${method} ${target}`).toBe(405);
        expect(answer.headers.allow).toContain("GET");
      }
    }
    const post = await rawRequest(serverPort, requestText("POST", "/es", { "Content-Length": "0" }));
    expect(post.status).toBe(405);
    const foreign = await rawRequest(
      serverPort,
      requestText("POST", "/es/que-saber", { "Content-Length": "3", Origin: "https://evil.example" }, "a=b"),
    );
    expect(foreign.status).toBe(403);
    const chunked = await rawRequest(
      serverPort,
      requestText(
        "POST",
        "/es/que-saber",
        { "Transfer-Encoding": "chunked", Origin: `http://127.0.0.1:${serverPort}`, Host: `127.0.0.1:${serverPort}` },
        "3\r\na=b\r\n0\r\n\r\n",
      ),
    );
    expect(chunked.status).toBe(411);
    const large = await rawRequest(
      serverPort,
      requestText("POST", "/es/que-saber", {
        "Content-Length": String(10 * 1024 * 1024),
        Origin: `http://127.0.0.1:${serverPort}`,
        Host: `127.0.0.1:${serverPort}`,
      }),
    );
    expect(large.status).toBe(413);
    await expectRealPage("/es/que-saber");
  });

  test("a post whose body does not say its length, or is past the forms' limit, is refused before Next.js reads it, on staff pages and the unsubscribe link too: never a 500", async () => {
    const site = { Origin: `http://127.0.0.1:${serverPort}`, Host: `127.0.0.1:${serverPort}` };
    const form = { ...site, "Content-Type": "application/x-www-form-urlencoded" };
    // Ten megabytes in chunks, as a client streaming a body of unknown length sends it.
    const chunk = `10000\r\n${"x".repeat(0x10000)}\r\n`;
    const trickle = { parts: [...Array(160).fill(chunk), "0\r\n\r\n"], intervalMs: 1 };
    for (const target of ["/en/admin/login", "/es/admin/meetings/new", "/api/unsubscribe"]) {
      const chunked = await rawRequest(
        serverPort,
        requestText("POST", target, { ...form, "Transfer-Encoding": "chunked" }),
        {
          trickle,
        },
      );
      expect(chunked.status, `chunked ${target}`).toBe(411);
      const large = await rawRequest(
        serverPort,
        requestText("POST", target, { ...form, "Content-Length": String(10 * 1024 * 1024) }),
      );
      expect(large.status, `large ${target}`).toBe(413);
    }
    const health = await get("/api/health");
    expect(health.status).toBe(200);
  });

  test("each other spelling of a public path redirects to the one spelling or is a 404, never a new page", async () => {
    const pages = Object.entries(pathnames).filter(([name]) => !name.startsWith("/admin"));
    for (const [, localized] of pages) {
      for (const locale of ["en", "es"] as const) {
        const own = (typeof localized === "string" ? localized : localized[locale]).replace(
          "[slug]",
          locale === "es" ? slugs[0]! : slugs[1]!,
        );
        const canonical = `/${locale}${own === "/" ? "" : own}`;
        const segments = canonical.split("/").slice(1);
        for (const [at, segment] of segments.entries()) {
          const spell = (replacement: string) =>
            `/${segments.map((part, index) => (index === at ? replacement : part)).join("/")}`;
          const first = segment[0]!;
          const hex = first.charCodeAt(0).toString(16).toUpperCase();
          const single = await get(spell(`%${hex}${segment.slice(1)}`));
          expect(single.status, spell(`%${hex}${segment.slice(1)}`)).toBe(308);
          expect(single.headers.location).toBe(canonical);
          const upper = await get(spell(segment.toUpperCase()));
          if (upper.status !== 404) expect(upper.headers.location, spell(segment.toUpperCase())).toBe(canonical);
          for (const odd of [`%25${hex}${segment.slice(1)}`, `%C0%AE${segment}`, `%E0%80%AE${segment}`]) {
            const answer = await get(spell(odd));
            expect(answer.status, spell(odd)).toBe(404);
            expect(answer.headers["content-type"]).toContain("text/html");
          }
        }
        for (const variant of [
          `${canonical}/`,
          `/${locale}/.${own === "/" ? "" : own}`,
          `/${locale}/x/..${own === "/" ? "" : own}`,
          `/${locale}//${own.slice(1)}`,
        ]) {
          const answer = await get(variant);
          expect(answer.status, variant).toBe(308);
          expect(answer.headers.location).toBe(canonical);
        }
      }
    }
  });

  test("a page path in the other language leads to this language's page", async () => {
    expect((await get("/es/what-to-know")).headers.location).toBe("/es/que-saber");
    expect((await get("/en/archivo")).headers.location).toBe("/en/archive");
    expect((await get(`/en/reuniones/${slugs[0]}`)).headers.location).toBe(`/en/meetings/${slugs[0]}`);
  });

  test("hop-by-hop and framing headers on a GET get the page, not the busy page", async () => {
    const cases: Record<string, string>[] = [
      { "Keep-Alive": "timeout=5" },
      { Expect: "100-continue" },
      { TE: "trailers" },
      { "Proxy-Connection": "keep-alive" },
      { Trailer: "X-Foo" },
      { Connection: "close, X-Encuentros-Render" },
    ];
    for (const [index, headers] of cases.entries()) {
      const target = `/en/meetings/${slugs[(index + 2) % slugs.length]}`;
      const answer = await get(target, headers);
      expect(answer.status, JSON.stringify(headers)).toBe(200);
      expect(wholeDocument(answer)).toBe(true);
    }
    const withBody = await rawRequest(
      serverPort,
      requestText("GET", "/es/socios", { "Transfer-Encoding": "chunked" }, "0\r\n\r\n"),
    );
    expect(withBody.status).toBe(200);
  });

  test("an Upgrade is refused at once; slow headers and slow bodies are cut off within 10 s", async () => {
    const upgrade = await rawRequest(
      serverPort,
      requestText("GET", "/es", {
        Connection: "Upgrade",
        Upgrade: "websocket",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version": "13",
      }),
    );
    expect(upgrade.status).toBe(400);
    expect(upgrade.ms).toBeLessThan(2_000);

    const [slowHeaders, slowBody] = await Promise.all([
      rawRequest(serverPort, "GET /es HTTP/1.1\r\nHost: 127.0.0.1\r\n", {
        timeoutMs: 20_000,
        trickle: { parts: Array.from({ length: 20 }, (_, i) => `X-Slow-${i}: a\r\n`), intervalMs: 900 },
      }),
      rawRequest(
        serverPort,
        `POST /es/que-saber HTTP/1.1\r\nHost: 127.0.0.1:${serverPort}\r\nOrigin: http://127.0.0.1:${serverPort}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 40\r\n\r\n`,
        {
          timeoutMs: 20_000,
          trickle: { parts: Array.from({ length: 40 }, () => "a"), intervalMs: 900 },
        },
      ),
    ]);
    for (const [name, answer] of Object.entries({ slowHeaders, slowBody })) {
      expect(answer.timedOut, name).toBe(false);
      expect(answer.ms).toBeLessThan(12_000);
      expect(answer.status === 0 || answer.status === 408 || answer.status < 500).toBe(true);
    }
    await expectRealPage("/es");
  });

  test("the language redirect at / varies by Accept-Language and is never stored", async () => {
    const answer = await get("/", { "Accept-Language": "en-US,en;q=0.9" });
    expect(answer.status).toBe(307);
    expect(answer.headers.vary).toMatch(/accept-language/i);
    expect(answer.headers["cache-control"]).toMatch(/no-store/);
  });

  test("cached pages allow their one script by its hash, not a nonce that every visitor shares", async () => {
    await get("/es/que-saber");
    const answer = await get("/es/que-saber");
    expect(answer.headers["x-encuentros-cache"]).toBe("hit");
    expect(answer.headers["content-security-policy"]).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(answer.headers["content-security-policy"]).not.toContain("nonce-");
    expect(answer.body).not.toMatch(/nonce=/);
  });

  test("unknown paths get the residents' not-found page in their language, light and without framework scripts", async () => {
    for (const [target, lang] of [
      ["/es/no-existe", "es"],
      ["/en/nothing-here", "en"],
      ["/nada", "es"],
    ] as const) {
      const answer = await get(target);
      expect(answer.status).toBe(404);
      expect(answer.body).toContain(`lang="${lang}"`);
      expect(answer.body).not.toMatch(/<script(?![^>]*(application\/ld\+json|data-enhance))/);
    }
  });

  test("the answer to a resident's form post is as light as the page: no framework scripts, at most 15 KB", async ({
    baseURL,
  }) => {
    const page = `${baseURL}/es/que-saber`;
    const body = new FormData();
    for (const [name, value] of actionFields(await (await fetch(page)).text(), 'name="text"')) body.append(name, value);
    body.append("text", "¿Puedo llevar a mis hijos a la reunión?");
    body.append("website", "");
    // A unique address behind the suite's trusted proxy, so the per-address limit of other tests is not touched.
    const headers = {
      origin: new URL(page).origin,
      "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
    };
    const answer = await fetch(page, { method: "POST", body, headers, redirect: "manual" });
    const html = await answer.text();
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toContain("no-store");
    expect(html).toContain("</html>");
    expect(html).not.toMatch(/<script(?![^>]*(application\/ld\+json|data-enhance))/);
    expect(gzipSync(html).length).toBeLessThanOrEqual(15 * 1024);
  });
});
