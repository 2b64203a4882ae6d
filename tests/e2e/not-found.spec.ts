import { expect, test } from "@playwright/test";

const unmatchedPaths = [
  { path: "/es/no-existe", heading: "No encontramos esa página", lang: "es" },
  { path: "/en/no/such/page", heading: "We could not find that page", lang: "en" },
  // Unknown meeting slugs are turned into unmatched paths by the proxy.
  { path: "/es/reuniones/no-existe", heading: "No encontramos esa página", lang: "es" },
  { path: "/en/meetings/no-such-meeting", heading: "We could not find that page", lang: "en" },
  { path: "/en/meetings/%3Cscript%3E", heading: "We could not find that page", lang: "en" },
] as const;

// Pages that exist but find nothing to show call notFound(). Next.js 16
// draws that 404 only after hydration (vercel/next.js#62228), so these are
// checked with JavaScript on; unmatched paths (and unknown meeting slugs,
// which the proxy turns into unmatched paths) are server-rendered and are
// checked both ways.
const notFoundCalls = [{ path: "/en/archive?page=999", heading: "We could not find that page", lang: "en" }] as const;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`unknown pages (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });
    const cases = javaScriptEnabled ? [...unmatchedPaths, ...notFoundCalls] : unmatchedPaths;

    for (const { path, heading, lang } of cases) {
      test(`${path} answers a localized 404`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      });
    }
  });
}
