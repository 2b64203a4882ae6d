import { expect, type BrowserContext, type Page } from "@playwright/test";
import type { TestLocale } from "./public-pages";
import { addStaffAccount, signIn, uniqueSuffix } from "./staff";
import { totpCode } from "../../support/totp";

export type Account = { name: string; email: string; password: string; role: "ADMIN" | "EDITOR" };

export function newAccount(role: Account["role"]): Account {
  const suffix = uniqueSuffix();
  return {
    name: `Second Factor ${suffix}`,
    email: `sf-${suffix}@example.org`,
    password: "a-second-factor-passphrase-2027",
    role,
  };
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
export async function enrolAuthenticator(
  page: Page,
  account: Account,
  locale: TestLocale,
): Promise<{ key: string; codes: string[] }> {
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
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

/** The Cookie header of the page's context, for posting its forms over plain HTTP (tests/e2e/support/staff-http.ts). */
export async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

const ACCOUNT_TEXT = {
  en: {
    addPasskey: "Add a passkey",
    passkeyAdded: "The passkey was added.",
    removePasskey: (name: string) => `Remove the passkey ${name}`,
    newCodes: "Make new backup codes",
    confirmHeading: "Confirm it's you",
    withCode: "Confirm with the code",
    turnOff: "Turn off the authenticator app",
  },
  es: {
    addPasskey: "Agregar una llave de acceso",
    passkeyAdded: "Se agregó la llave de acceso.",
    removePasskey: (name: string) => `Quitar la llave de acceso ${name}`,
    newCodes: "Crear códigos de respaldo nuevos",
    confirmHeading: "Confirme que es usted",
    withCode: "Confirmar con el código",
    turnOff: "Desactivar la aplicación de autenticación",
  },
} as const;

/** On the account page, with a recent proof and a virtual authenticator: adds a passkey under this name. */
export async function addPasskey(page: Page, name: string, locale: TestLocale) {
  await page.locator("#passkey-name").fill(name);
  await page.getByRole("button", { name: ACCOUNT_TEXT[locale].addPasskey }).click();
  await expect(page.getByRole("status").filter({ hasText: ACCOUNT_TEXT[locale].passkeyAdded })).toBeVisible();
}

export async function removePasskey(page: Page, name: string, locale: TestLocale) {
  await page.getByRole("button", { name: ACCOUNT_TEXT[locale].removePasskey(name) }).click();
  await expect(page).toHaveURL(/\/admin\/account\?notice=passkeyRemoved$/);
}

/** On the account page, with a recent proof: new backup codes, returned as shown once. */
export async function makeNewBackupCodes(page: Page, locale: TestLocale): Promise<string[]> {
  await page.getByRole("button", { name: ACCOUNT_TEXT[locale].newCodes }).click();
  await expect(page.getByTestId("backup-code")).toHaveCount(10);
  return page.getByTestId("backup-code").allTextContents();
}

/** Waits on the account page until this session's proof has run out (a minute on the test server), then confirms with a code. */
export async function confirmWithCodeOnceAsked(page: Page, code: string, locale: TestLocale) {
  await expect(async () => {
    await page.goto(`/${locale}/admin/account`);
    await expect(page.getByRole("heading", { name: ACCOUNT_TEXT[locale].confirmHeading })).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 120_000, intervals: [5_000] });
  await page.locator("#confirm-code").fill(code);
  await page.getByRole("button", { name: ACCOUNT_TEXT[locale].withCode }).click();
  await expect(page).toHaveURL(/\/admin\/account\?notice=confirmed$/);
}

export async function turnOffAuthenticator(page: Page, locale: TestLocale) {
  await page.getByRole("button", { name: ACCOUNT_TEXT[locale].turnOff }).click();
  await expect(page).toHaveURL(/\/admin\/account\?notice=totpOff$/);
}

const RESET_TEXT = {
  en: {
    link: (name: string) => `Reset second factor of ${name}`,
    confirm: (name: string) => `Yes, reset the second factor of ${name}`,
  },
  es: {
    link: (name: string) => `Restablecer el segundo factor de ${name}`,
    confirm: (name: string) => `Sí, restablecer el segundo factor de ${name}`,
  },
} as const;

/** An admin, on the staff page, resets an account's second factor (through its confirmation step). */
export async function resetSecondFactorOf(page: Page, account: Account, locale: TestLocale) {
  await page.goto(`/${locale}/admin/staff`);
  await page
    .locator(`tr[data-email="${account.email}"]`)
    .getByRole("link", { name: RESET_TEXT[locale].link(account.name) })
    .click();
  await page.getByRole("button", { name: RESET_TEXT[locale].confirm(account.name) }).click();
  await expect(page).toHaveURL(/\/admin\/staff\?notice=secondFactorReset$/);
}

const EDITORS_SETTING_TEXT = {
  en: { submit: "Save setting", saved: "The setting was saved." },
  es: { submit: "Guardar el ajuste", saved: "Se guardó el ajuste." },
} as const;

/** An admin saves the editors' second-factor setting as it is (other tests' editors must not be asked to enrol meanwhile). */
export async function saveEditorsSettingUnchanged(page: Page, locale: TestLocale) {
  await page.goto(`/${locale}/admin/staff`);
  await page.getByRole("button", { name: EDITORS_SETTING_TEXT[locale].submit }).click();
  await expect(page.getByRole("status").filter({ hasText: EDITORS_SETTING_TEXT[locale].saved })).toBeVisible();
}
