import { expect, test } from "@playwright/test";
import { firstMeetingPath } from "./support/public-pages";

const BASE_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

test("every route class carries the security headers", async ({ page, request }) => {
  const meeting = await firstMeetingPath(page, "es");
  const routes: { path: string; kind: "residents" | "staff" | "embed" | "other" }[] = [
    { path: "/es", kind: "residents" },
    { path: meeting, kind: "residents" },
    { path: "/en/what-to-know", kind: "residents" },
    { path: "/en/admin/login", kind: "staff" },
    { path: "/es/no-existe", kind: "residents" },
    { path: `/ics/es/${meeting.split("/").pop()}`, kind: "other" },
    { path: "/feeds/es/upcoming.xml", kind: "other" },
    { path: "/embed/es", kind: "embed" },
    { path: "/api/health", kind: "other" },
  ];
  for (const { path, kind } of routes) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers, path).toMatchObject(BASE_HEADERS);
    expect(headers["permissions-policy"], path).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    const csp = headers["content-security-policy"] ?? "";
    if (kind === "embed") {
      expect(csp, path).toContain("frame-ancestors *");
      expect(headers["x-frame-options"], path).toBeUndefined();
    } else {
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"], path).toBe("DENY");
    }
    if (kind === "staff") expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    // Residents' pages run one script of the site's own, allowed by its hash (no nonce is ever stored in the cache).
    if (kind === "residents") expect(csp, path).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // A site on plain http (this one, on 127.0.0.1) never pins its host to https (the deployment test checks an https one).
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
});

test("staff pages run only their own nonce-bearing scripts, and nothing breaks under the policy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/en/admin/login"]) {
    const response = await page.goto(path);
    const csp = response?.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, path).toBeTruthy();
    // Every script the server sent carries this response's nonce.
    const scripts = page.locator("script:not([type='application/ld+json'])");
    const count = await scripts.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      expect(await scripts.nth(index).evaluate((element) => (element as HTMLScriptElement).nonce), path).toBe(nonce);
    }
  }
  // The framework hydrated: client-side code ran.
  await expect.poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe("object");
  expect(violations).toEqual([]);
});

test("residents' pages come from the public cache as plain HTML: no framework script, only the page's own, allowed by its hash", async ({
  page,
  request,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  const scriptFiles: string[] = [];
  page.on("request", (sent) => {
    if (sent.resourceType() === "script") scriptFiles.push(sent.url());
  });
  for (const path of ["/en/what-to-know", "/es/que-saber", "/es"]) {
    await expect
      .poll(async () => (await request.get(path)).headers()["x-encuentros-cache"], { message: path })
      .toBe("hit");
    const response = await page.goto(path);
    const hash = /'sha256-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];
    expect(hash, path).toBeTruthy();
    const scripts = await page.locator("script:not([type='application/ld+json'])").evaluateAll((elements) =>
      elements.map((script) => ({
        nonce: (script as HTMLScriptElement).nonce,
        src: script.getAttribute("src"),
        enhance: script.hasAttribute("data-enhance"),
      })),
    );
    expect(scripts, path).toEqual([{ nonce: "", src: null, enhance: true }]);
    expect(await page.evaluate(() => typeof (window as { next?: unknown }).next), path).toBe("undefined");
  }
  expect(scriptFiles).toEqual([]);
  expect(violations).toEqual([]);
});

test("no visitor's nonce is stored: every copy of a residents' page, rendered or cached, names the same script hash and no nonce", async ({
  request,
}) => {
  const policy = async (path: string) => {
    const response = await request.get(path);
    const text = await response.text();
    expect(text).not.toMatch(/ nonce="/);
    return response.headers()["content-security-policy"];
  };
  const first = await policy("/es");
  expect(first).toMatch(/script-src 'sha256-/);
  expect(await policy("/es")).toBe(first);
  expect(await policy("/es?lang=es")).toBe(first);
  expect(await policy("/en/what-to-know")).toBe(first);
});
