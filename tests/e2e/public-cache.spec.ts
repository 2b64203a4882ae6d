import { expect, test } from "@playwright/test";

test.describe("the public page cache", () => {
  test("a shared link with tracking tags is answered from the plain page's cache entry", async ({ request }) => {
    await expect.poll(async () => (await request.get("/es/archivo")).headers()["x-encuentros-cache"]).toBe("hit");
    const plain = await request.get("/es/archivo");
    const shared = await request.get("/es/archivo?fbclid=IwAR0abc&utm_source=facebook&utm_medium=social");
    expect(shared.status()).toBe(200);
    expect(shared.headers()["x-encuentros-cache"]).toBe("hit");
    expect(shared.headers().etag).toBe(plain.headers().etag);
    expect(await shared.text()).toBe(await plain.text());
  });

  test("a page read straight from the cache (before Next.js) is the same answer the app gives, 304s and HEAD included", async ({
    request,
  }) => {
    const path = "/en/what-to-know";
    await expect.poll(async () => (await request.get(path)).headers()["x-encuentros-cache"]).toBe("hit");
    // The exact key is answered by the server preload; a tracking tag makes the same entry go through Next.js.
    const direct = await request.get(path, { headers: { "accept-encoding": "gzip" } });
    const throughApp = await request.get(`${path}?utm_source=flyer`, { headers: { "accept-encoding": "gzip" } });
    const varying = new Set([
      "date",
      "x-request-id",
      "x-accel-expires",
      "transfer-encoding",
      "content-length",
      "connection",
      "keep-alive",
    ]);
    const comparable = (headers: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(headers)
          .filter(([name]) => !varying.has(name))
          .map(([name, value]) => [name, name === "vary" ? value.toLowerCase() : value]),
      );
    expect(comparable(direct.headers())).toEqual(comparable(throughApp.headers()));
    expect(direct.headers()["content-encoding"]).toBe("gzip");
    expect(direct.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(await direct.text()).toBe(await throughApp.text());

    const again = await request.get(path, { headers: { "if-none-match": direct.headers().etag! } });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
    const head = await request.head(path);
    expect(head.status()).toBe(200);
    expect(head.headers().etag).toBe(direct.headers().etag);
  });

  test("filter values the listing cannot show redirect to the listing without them", async ({ request }) => {
    const past = await request.get("/en?from=1999-01-01&fbclid=abc", { maxRedirects: 0 });
    expect(past.status()).toBe(307);
    expect(past.headers().location).toBe("/en");

    const unknown = await request.get("/es?area=Atlantis&lang=en", { maxRedirects: 0 });
    expect(unknown.status()).toBe(307);
    expect(unknown.headers().location).toBe("/es?lang=en");

    const shown = await request.get("/es?lang=en&area=", { maxRedirects: 0 });
    expect(shown.status()).toBe(200);
  });
});
