import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_ADMIN, signInAsDemoAdmin, uniqueSuffix } from "./support/staff";

// Forms here are plain posts (no JavaScript), so a request can be replayed
// exactly as a browser would send it: the form's own hidden fields carry the
// server action's id and bound arguments.
test.use({ javaScriptEnabled: false });

const FOREIGN_ORIGIN = "https://evil.example";

/** The hidden fields React renders into a server-action form (action id, bound arguments, form state). */
async function hiddenFields(form: Locator): Promise<Record<string, string>> {
  const inputs = form.locator("input[type=hidden]");
  await expect(inputs.first()).toBeAttached();
  const fields: Record<string, string> = {};
  for (const input of await inputs.all())
    fields[(await input.getAttribute("name"))!] = (await input.getAttribute("value")) ?? "";
  expect(Object.keys(fields).some((name) => name.startsWith("$ACTION"))).toBe(true);
  return fields;
}

const venueFields = (name: string) => ({
  name,
  kind: "CHURCH",
  street: "1 Guard Road",
  city: "Dallas",
  region: "TX",
  postalCode: "75201",
});

async function venueFormAction(page: Page): Promise<Record<string, string>> {
  await page.goto("/en/admin/venues/new");
  return hiddenFields(page.locator("main form").filter({ has: page.locator("#name") }));
}

async function expectVenueListed(page: Page, name: string, listed: boolean) {
  await page.goto("/en/admin/venues");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Places");
  if (listed) await expect(page.locator("main")).toContainText(name);
  else await expect(page.locator("main")).not.toContainText(name);
}

test("a server action posted from another site is refused and saves nothing; the same post from the site itself saves", async ({
  page,
  baseURL,
}) => {
  await signInAsDemoAdmin(page, "en");
  const action = await venueFormAction(page);

  const forged = `Forged venue ${uniqueSuffix()}`;
  const refused = await page.request.post("/en/admin/venues/new", {
    multipart: { ...action, ...venueFields(forged) },
    headers: { Origin: FOREIGN_ORIGIN },
    maxRedirects: 0,
  });
  expect(refused.status()).toBeGreaterThanOrEqual(400);
  expect(refused.headers()["location"]).toBeUndefined();
  await expectVenueListed(page, forged, false);

  // The control: the very same replay with our own Origin goes through,
  // so the refusal above is the origin check and not a malformed request.
  const genuine = `Genuine venue ${uniqueSuffix()}`;
  const accepted = await page.request.post("/en/admin/venues/new", {
    multipart: { ...action, ...venueFields(genuine) },
    headers: { Origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(accepted.status()).toBe(303);
  expect(accepted.headers()["location"]).toMatch(/\/en\/admin\/venues\?saved=genuine-venue-/);
  await expectVenueListed(page, genuine, true);
});

test("a server action body over the limit is refused, saves nothing, and the server keeps serving", async ({
  page,
  baseURL,
}) => {
  await signInAsDemoAdmin(page, "en");
  const action = await venueFormAction(page);
  const name = `Oversized venue ${uniqueSuffix()}`;
  const response = await page.request.post("/en/admin/venues/new", {
    multipart: { ...action, ...venueFields(name), descriptionEn: "x".repeat(10 * 1024 * 1024) },
    headers: { Origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  const health = await page.request.get("/api/health");
  expect(health.status()).toBe(200);
  await expectVenueListed(page, name, false);
});

test("signing in from another site is refused and starts no session; better-auth's own endpoints are not exposed", async ({
  page,
  baseURL,
}) => {
  await page.goto("/en/admin/login");
  const action = await hiddenFields(page.locator("main form").filter({ has: page.locator("#password") }));
  const credentials = { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password };

  const forged = await page.request.post("/en/admin/login", {
    multipart: { ...action, ...credentials },
    headers: { Origin: FOREIGN_ORIGIN },
    maxRedirects: 0,
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(
    forged
      .headersArray()
      .filter((header) => header.name.toLowerCase() === "set-cookie" && header.value.includes("session_token")),
  ).toEqual([]);
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/admin\/login(\?.*)?$/);

  for (const path of ["/api/auth/sign-in/email", "/api/auth/sign-up/email"]) {
    // From another site the boundary refuses the post before anything reads it; from this one, the endpoint does not exist.
    const direct = await page.request.post(path, {
      data: credentials,
      headers: { Origin: FOREIGN_ORIGIN },
      maxRedirects: 0,
    });
    expect(direct.status(), path).toBe(403);
    const own = await page.request.post(path, {
      data: credentials,
      headers: { Origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expect(own.status(), path).toBe(404);
  }

  // The same sign-in from the site itself works: the refusal was the origin.
  const genuine = await page.request.post("/en/admin/login", {
    multipart: { ...action, ...credentials },
    headers: { Origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(genuine.status()).toBe(303);
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/admin$/);
});
