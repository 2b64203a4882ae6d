import { expect, test } from "@playwright/test";
import { LOCALE_INPUTS, SLUG_INPUTS } from "../support/hostile-inputs";

// Public routes must answer hostile input with a page or a 404: never a
// 500, never a stack trace, never the input as live markup.
const STACK_TRACE = /at [\w.<>]+ \(|node_modules\/|Error: .*\n\s+at /;

function looksSafe(body: string) {
  expect(body).not.toMatch(STACK_TRACE);
  expect(body).not.toContain("<script>alert(1)</script>");
  expect(body).not.toContain("<img src=x onerror=alert(1)>");
  expect(body).not.toContain("<svg onload=alert(1)>");
}

test.describe("hostile input on public routes", () => {
  // Every value of the corpus is checked where it is cheap: what the listing
  // keeps (tests/unit/listing-filter.property.test.ts) and what the database
  // answers for it (tests/integration/public-meetings.test.ts). Here, one of
  // each kind through the whole stack: the page renders and shows no markup.
  test("listing filters ignore or escape hostile values", async ({ request }) => {
    const values = [
      "<script>alert(1)</script>",
      "'><img src=x onerror=alert(1)>",
      '\'; DROP TABLE "Meeting"; --',
      "\u0000null byte",
      "\u202Eevil.exe\u202C 😀",
      "9999-12-31",
    ];
    for (const value of values) {
      for (const name of ["area", "lang", "week", "from", "to"]) {
        const response = await request.get(`/es?${new URLSearchParams({ [name]: value })}`);
        expect(response.status(), `${name}=${value}`).toBe(200);
        looksSafe(await response.text());
      }
    }
  });

  test("malformed slugs answer 404 on pages and calendar files", async ({ request }) => {
    for (const slug of SLUG_INPUTS) {
      for (const path of [`/en/meetings/${slug}`, `/es/reuniones/${slug}`, `/ics/es/${slug}`]) {
        const response = await request.get(path);
        // "%2e%2e" is a dot-segment: the URL normalizes to a parent page, which is fine.
        const normalizedAway = !/\/(meetings|reuniones|ics\/es)\//.test(new URL(response.url()).pathname);
        expect(normalizedAway ? [200, 404] : [400, 404], path).toContain(response.status());
        looksSafe(await response.text());
      }
    }
  });

  test("unknown or malformed locales never break a page", async ({ request }) => {
    for (const locale of LOCALE_INPUTS) {
      for (const path of [`/${locale}`, `/${locale}/meetings/x`, `/ics/${locale}/x`]) {
        const response = await request.get(path, { maxRedirects: 5 });
        expect([200, 400, 404], path).toContain(response.status());
        looksSafe(await response.text());
      }
    }
  });

  test("archive page numbers of any shape", async ({ request }) => {
    for (const page of ["0", "-1", "1.5", "1e3", "99999999999999999999", "abc", "<script>alert(1)</script>", "%00"]) {
      const response = await request.get(`/en/archive?page=${encodeURIComponent(page)}`);
      expect([200, 404], page).toContain(response.status());
      looksSafe(await response.text());
    }
  });
});
