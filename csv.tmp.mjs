import { chromium } from "@playwright/test";
const base = "http://localhost:3300";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage();
await page.goto(`${base}/es/admin/login`);
await page.locator("#email").fill("demo-admin@encuentros.test");
await page.locator("#password").fill("demo-only-password-2027");
await page.locator("main form button[type=submit]").click();
await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60000 });
for (const table of ["weeks", "places", "interpretation", "nope"]) {
  const response = await page.request.get(`${base}/api/report/${table}?locale=es`);
  const body = await response.body();
  console.log(table, response.status(), response.headers()["content-type"], response.headers()["content-disposition"], JSON.stringify(body.toString("utf8").slice(0, 200)));
}
const anonymous = await (await browser.newContext()).request.get(`${base}/api/report/weeks`);
console.log("anonymous", anonymous.status());
await browser.close();
