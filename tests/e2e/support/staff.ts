import { expect, type Page } from "@playwright/test";
import { pathnames } from "@/lib/i18n/pathnames";
import type { TestLocale } from "./public-pages";

/** Every staff page and who may open it; `{meeting}`, `{venue}` and `{series}` stand for an edit page. Extend it with each new page. */
export const STAFF_PAGES: { path: string; access: "staff" | "admin" }[] = [
  { path: "/admin", access: "staff" },
  { path: "/admin/account", access: "staff" },
  { path: "/admin/meetings/new", access: "staff" },
  { path: "/admin/meetings/recurring", access: "staff" },
  { path: "{meeting}", access: "staff" },
  { path: "{meeting}/preview", access: "staff" },
  { path: "/admin/requests", access: "staff" },
  { path: "/admin/questions", access: "staff" },
  { path: "/admin/venues", access: "staff" },
  { path: "/admin/venues/new", access: "staff" },
  { path: "{venue}", access: "staff" },
  { path: "/admin/series", access: "staff" },
  { path: "/admin/series/new", access: "staff" },
  { path: "{series}", access: "staff" },
  { path: "/admin/staff", access: "admin" },
  { path: "/admin/audit", access: "admin" },
  { path: "/admin/statements", access: "admin" },
  { path: "/admin/statements/new", access: "admin" },
  // A statement of the demo seed (its id is fixed).
  { path: "/admin/statements/demo-statement-warrants", access: "admin" },
  { path: "/admin/report", access: "admin" },
  { path: "/admin/outbox", access: "admin" },
];

export type EditPaths = { venue: string; series: string; meeting: string };

/** The address of a STAFF_PAGES entry in a language. */
export function staffPageUrl(path: string, locale: TestLocale, editPaths: EditPaths): string {
  if (path === "{venue}") return editPaths.venue;
  if (path === "{series}") return editPaths.series;
  if (path.startsWith("{meeting}")) return path.replace("{meeting}", editPaths.meeting);
  const localized = pathnames[path as keyof typeof pathnames];
  return `/${locale}${typeof localized === "object" ? localized[locale] : path}`;
}

export const DEMO_ADMIN = {
  name: "Demo Admin",
  email: "demo-admin@encuentros.test",
  password: "demo-only-password-2027",
} as const;

/** Signs in through the sign-in form and waits for the staff area. */
export async function signIn(
  page: Page,
  account: { email: string; password: string } = DEMO_ADMIN,
  locale: TestLocale = "en",
) {
  await page.goto(`/${locale}/admin/login`);
  await page.locator("#email").fill(account.email);
  await page.locator("#password").fill(account.password);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin(\\?.*)?$`));
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Page object for /admin/staff: adds an account through the form, as an admin would. */
export async function addStaffAccount(
  page: Page,
  account: { name: string; email: string; password: string; role: "ADMIN" | "EDITOR" },
  locale: TestLocale = "en",
) {
  await page.goto(`/${locale}/admin/staff`);
  await page.locator("#name").fill(account.name);
  await page.locator("#email").fill(account.email);
  await page.locator("#role").selectOption(account.role);
  await page.locator("#password").fill(account.password);
  await page.locator("form:has(#password) button[type=submit]").click();
  await expect(page).toHaveURL(/\/admin\/staff\?notice=created$/);
  await expect(page.locator(`tr[data-email="${account.email}"]`)).toBeVisible();
}

/** A partner place made through the staff form in Spanish, its edit page left open; returns that page's path. */
export async function addPartnerPlace(page: Page, name: string): Promise<string> {
  await page.goto("/es/admin/venues/new");
  await page.locator("#name").fill(name);
  await page.locator("#street").fill("100 Demo Street");
  await page.locator("#city").fill("Dallas");
  await page.locator("#region").fill("TX");
  await page.locator("#postalCode").fill("75211");
  await page.locator("#isPartner").check();
  await page.getByRole("button", { name: "Agregar lugar" }).click();
  await expect(page).toHaveURL(/\/es\/admin\/venues\?saved=/);
  await page.getByRole("link", { name: `Editar ${name}` }).click();
  await expect(page).toHaveURL(/\/es\/admin\/venues\/[a-z0-9]+$/);
  return new URL(page.url()).pathname;
}

/** Ids of the first venue and series, read from the staff lists (for their edit pages). */
export async function firstEditPaths(page: Page, locale: TestLocale): Promise<EditPaths> {
  await page.goto(`/${locale}/admin`);
  const meeting = await page.locator("main table tbody a").first().getAttribute("href");
  expect(meeting).toMatch(new RegExp(`^/${locale}/admin/meetings/[a-z0-9]+$`));
  await page.goto(`/${locale}/admin/venues`);
  const venue = await page.locator("main table tbody a").first().getAttribute("href");
  expect(venue).toMatch(new RegExp(`^/${locale}/admin/venues/[a-z0-9]+$`));
  await page.goto(`/${locale}/admin/series`);
  const series = await page.locator("main table tbody a").first().getAttribute("href");
  expect(series).toMatch(new RegExp(`^/${locale}/admin/series/[a-z0-9]+$`));
  return { venue: venue!, series: series!, meeting: meeting! };
}

/** Signs the page's browser context in as the demo admin and lands on the dashboard. */
export async function signInAsDemoAdmin(page: Page, locale: TestLocale): Promise<void> {
  await signIn(page, DEMO_ADMIN, locale);
}

/** How far the page can be scrolled sideways (0 when it fits the window). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Each row of the first pages of the audit log (newest first), as read: a test's own entries, even if other tests wrote some since. */
export async function auditLogRows(page: Page, locale: TestLocale, pages = 3): Promise<string[]> {
  const rows: string[] = [];
  for (let number = 1; number <= pages; number += 1) {
    await page.goto(`/${locale}/admin/audit?page=${number}`);
    await expect(
      page.getByRole("navigation", { name: locale === "es" ? "Páginas del registro de cambios" : "Audit log pages" }),
    ).toBeVisible();
    rows.push(...(await page.locator("main tbody tr").allInnerTexts()));
    // A page past the end shows the last one again.
    if ((await page.locator('main a[rel="next"]').count()) === 0) break;
  }
  return rows;
}
