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
