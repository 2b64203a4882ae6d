import { expect, type Page } from "@playwright/test";
import type { TestLocale } from "./public-pages";

export const DEMO_ADMIN = { email: "demo-admin@encuentros.test", password: "demo-only-password-2027" };

/** Signs the page's browser context in as the demo admin and lands on the dashboard. */
export async function signInAsDemoAdmin(page: Page, locale: TestLocale): Promise<void> {
  await page.goto(`/${locale}/admin/login`);
  await page.locator("#email").fill(DEMO_ADMIN.email);
  await page.locator("#password").fill(DEMO_ADMIN.password);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin(\\?.*)?$`));
}
