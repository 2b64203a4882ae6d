import { expect, type Page } from "@playwright/test";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type PartnerSite = { origin: string; close(): Promise<void> };

/**
 * A church's own website: a real server on another port and host name
 * ("localhost" while the app is on 127.0.0.1), so the browser treats it as
 * a different site. Both stay on the loopback interface, which keeps
 * Chromium's local-network protection from blocking the frame for a reason
 * unrelated to the app.
 */
async function startPartnerSite(body: string): Promise<PartnerSite> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html lang="en"><head><title>Our church</title></head><body><h1>Our church</h1>${body}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Opens the partner's page holding `body` (e.g. the iframe snippet). */
export async function openPartnerPage(page: Page, site: PartnerSite): Promise<void> {
  const response = await page.goto(`${site.origin}/events`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Our church" })).toBeVisible();
}

/** Runs `run` while the partner's site serves `body`, then stops the site. */
export async function withPartnerSite<T>(body: string, run: (site: PartnerSite) => Promise<T>): Promise<T> {
  const site = await startPartnerSite(body);
  try {
    return await run(site);
  } finally {
    await site.close();
  }
}
