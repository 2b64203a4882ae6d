import { expect, test, type Response } from "@playwright/test";
import { LOCALES, publicPaths } from "./support/public-pages";

// Residents are promised: no cookies, nothing loaded from other sites.
for (const locale of LOCALES) {
  test(`public pages in ${locale} set no cookies and load nothing from other sites`, async ({
    page,
    context,
    baseURL,
  }) => {
    const paths = await publicPaths(page, locale);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const responses: Response[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    // Headers are read before the test ends: a handler still awaiting them
    // when the page closes would fail the run.
    page.on("response", (response) => responses.push(response));
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
    }
    const setCookies: string[] = [];
    for (const response of responses) {
      const header = await response.headerValue("set-cookie");
      if (header) setCookies.push(`${response.url()}: ${header}`);
    }
    expect(foreign).toEqual([]);
    expect(setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}
