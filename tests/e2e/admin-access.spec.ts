import { expect, test, type APIRequestContext } from "@playwright/test";
import { LOCALES } from "./support/public-pages";
import {
  addStaffAccount,
  firstEditPaths,
  signIn,
  STAFF_PAGES,
  staffPageUrl,
  uniqueSuffix,
  type EditPaths,
} from "./support/staff";

const FORBIDDEN_HEADING = { en: "You do not have access to this page", es: "No tiene acceso a esta página" };

const editor = {
  name: "E2E Editor",
  email: `editor-${uniqueSuffix()}@example.org`,
  password: "an-editor-passphrase-2027",
  role: "EDITOR" as const,
};

test.describe.configure({ mode: "serial" });

let editPaths: Record<(typeof LOCALES)[number], EditPaths>;

function urlFor(path: string, locale: (typeof LOCALES)[number]): string {
  return staffPageUrl(path, locale, editPaths[locale]);
}

async function statusOf(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  return {
    status: response.status(),
    location: response.headers()["location"] ?? "",
    cacheControl: response.headers()["cache-control"] ?? "",
  };
}

test("an admin adds an editor account on the staff page", async ({ page }) => {
  await signIn(page);
  await addStaffAccount(page, editor);
  await expect(page.locator(`tr[data-email="${editor.email}"] td`).nth(1)).toHaveText("Editor");
  editPaths = { en: await firstEditPaths(page, "en"), es: await firstEditPaths(page, "es") };
});

test("anonymous visitors are sent to the sign-in page from every staff page", async ({ request }) => {
  for (const locale of LOCALES) {
    for (const { path } of STAFF_PAGES) {
      const { status, location, cacheControl } = await statusOf(request, urlFor(path, locale));
      expect({ path, status, location }).toEqual({ path, status: 307, location: `/${locale}/admin/login` });
      expect(cacheControl).toContain("no-store");
    }
  }
});

test("an editor opens the editing pages but gets a translated 403 on staff accounts and the audit log", async ({
  page,
}) => {
  // Every staff page in both languages, and the refused ones again in the browser.
  test.setTimeout(120_000);
  await signIn(page, editor);
  for (const locale of LOCALES) {
    for (const { path, access } of STAFF_PAGES) {
      const url = urlFor(path, locale);
      const { status, cacheControl } = await statusOf(page.request, url);
      expect({ url, status }).toEqual({ url, status: access === "admin" ? 403 : 200 });
      expect(cacheControl).toMatch(/private, no-store/);
      if (access === "admin") {
        await page.goto(url);
        await expect(page.locator("main h1")).toHaveText(FORBIDDEN_HEADING[locale]);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
      }
    }
  }
  // Hiding links is not the check, but they are hidden too.
  await page.goto("/en/admin/venues");
  await expect(page.locator('nav a[href="/en/admin/staff"]')).toHaveCount(0);
});

test("an admin opens every staff page, never cached", async ({ page }) => {
  await signIn(page);
  for (const locale of LOCALES) {
    for (const { path } of STAFF_PAGES) {
      const url = urlFor(path, locale);
      const { status, cacheControl } = await statusOf(page.request, url);
      expect({ url, status }).toEqual({ url, status: 200 });
      expect(cacheControl).toMatch(/private, no-store/);
    }
  }
});

test("a deactivated editor is signed out at once and cannot sign in again", async ({ page, browser }) => {
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, editor);

  await signIn(page);
  await page.goto("/en/admin/staff");
  await page.locator(`tr[data-email="${editor.email}"] form:has(input[name=active]) button`).click();
  await expect(page).toHaveURL(/notice=deactivated/);
  await expect(page.locator(`tr[data-email="${editor.email}"] td`).nth(2)).toHaveText("Deactivated");

  await editorPage.goto("/en/admin/venues");
  await expect(editorPage).toHaveURL(/\/en\/admin\/login$/);
  await editorPage.locator("#email").fill(editor.email);
  await editorPage.locator("#password").fill(editor.password);
  await editorPage.locator("main form button[type=submit]").click();
  await expect(editorPage.locator("main [role=alert]")).toBeVisible();
  await editorContext.close();
});
