import { expect, type BrowserContext, type Page } from "@playwright/test";
import type { TestLocale } from "./public-pages";
import { addStaffAccount, signIn, uniqueSuffix } from "./staff";
import { totpCode } from "../../support/totp";

export type Account = { name: string; email: string; password: string; role: "ADMIN" | "EDITOR" };

export function newAccount(role: Account["role"]): Account {
  const suffix = uniqueSuffix();
  return { name: `Second Factor ${suffix}`, email: `sf-${suffix}@example.org`, password: "a-second-factor-passphrase-2027", role };
}

// Each test signs in from its own made-up address, so the sign-in throttle of one never delays another.
export const fromAddress = (octet: number) => ({ extraHTTPHeaders: { "X-Forwarded-For": `198.51.100.${octet}` } });

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /^(Sign out|Cerrar sesión)$/ }).click();
  await expect(page).toHaveURL(/\/admin\/login\?signedOut=1$/);
}

/** The demo admin adds the account, then signs out. */
export async function createAccount(page: Page, account: Account) {
  await signIn(page);
  await addStaffAccount(page, account);
  await signOut(page);
}

export async function passwordStep(page: Page, account: Account, locale: TestLocale) {
  await page.goto(`/${locale}/admin/login`);
  await page.locator("#email").fill(account.email);
  await page.locator("#password").fill(account.password);
  await page.locator("main form:has(#password) button[type=submit]").click();
}

const TOTP_START = { en: "Set up an authenticator app", es: "Configurar una aplicación de autenticación" } as const;
const TOTP_CONFIRM = { en: "Turn on", es: "Activar" } as const;

/** On the account page: the password, the key, the first code; returns the key and the backup codes shown once. */
export async function enrolAuthenticator(page: Page, account: Account, locale: TestLocale): Promise<{ key: string; codes: string[] }> {
  await page.goto(`/${locale}/admin/account`);
  await page.locator("#totp-on-password").fill(account.password);
  await page.getByRole("button", { name: TOTP_START[locale] }).click();
  const key = (await page.getByTestId("totp-key").textContent())!.trim();
  await page.locator("#totp-code").fill(totpCode(key));
  await page.getByRole("button", { name: TOTP_CONFIRM[locale] }).click();
  await expect(page.getByTestId("backup-code")).toHaveCount(10);
  return { key, codes: await page.getByTestId("backup-code").allTextContents() };
}

/** Chromium's virtual authenticator (DevTools protocol), which answers every passkey prompt of this page at once. */
export async function addVirtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
}

/** The Cookie header of the page's context, for posting its forms over plain HTTP (tests/e2e/support/staff-http.ts). */
export async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}
