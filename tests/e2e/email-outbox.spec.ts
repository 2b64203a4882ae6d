import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { LOCALES, type TestLocale } from "./support/public-pages";
import {
  createAccount,
  enrolAuthenticator,
  fromAddress,
  newAccount,
  passwordStep,
  signOut,
} from "./support/second-factor";
import { sidewaysScroll, signIn } from "./support/staff";

// The end-to-end server runs in local mode without SMTP_URL: every message
// is written and kept in the outbox, where an admin (and these tests) read it.

const KEPT = { en: "Email kept in local mode", es: "Correo guardado en modo local" } as const;
const FORGOT = { en: "Forgot your password?", es: "¿Olvidó su contraseña?" } as const;
const SEND_LINK = { en: "Send me a link", es: "Enviarme un enlace" } as const;
const SENT = {
  en: /^If an account uses that address, we have sent it a link/,
  es: /^Si una cuenta usa ese correo, le enviamos un enlace/,
} as const;
const SAVE = { en: "Save the new password", es: "Guardar la contraseña nueva" } as const;
const RESET_DONE = { en: /^Your password was changed/, es: /^Su contraseña se cambió/ } as const;
const LINK_SPENT = {
  en: "This link has expired or was already used. Ask for a new one.",
  es: "Este enlace caducó o ya se usó. Pida uno nuevo.",
} as const;
const CODE_STEP = { en: "One more step", es: "Un paso más" } as const;
const PHONE = { width: 360, height: 740 };

/** The admin's outbox row of the newest message of a kind to an address, once the sender has kept it (it runs every 5 s). */
async function keptMessage(admin: Page, locale: TestLocale, kind: string, address: string) {
  const row = admin.locator(`main tbody tr[data-kind="${kind}"]`, { hasText: address }).first();
  await expect(async () => {
    await admin.goto(`/${locale}/admin/outbox`);
    await expect(row).toHaveAttribute("data-status", "KEPT", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  return row;
}

/** The reset link of the newest reset message to `address`, read on its outbox page as a developer would. */
async function resetLinkFor(admin: Page, locale: TestLocale, address: string): Promise<string> {
  await (await keptMessage(admin, locale, "passwordReset", address)).getByRole("link").click();
  const text = (await admin.locator("main pre").textContent()) ?? "";
  const link = /https?:\/\/\S+\/admin\/reset-password\?token=[\w-]+/.exec(text)?.[0];
  expect(link, text).toBeTruthy();
  return link!;
}

// One test per language, one after the other: both send a test message to the
// demo admin, and each opens the newest, which must be its own.
test.describe("the outbox's test message", () => {
  test.describe.configure({ mode: "serial" });
  for (const locale of LOCALES) {
    test(`the outbox in ${locale}: a test message kept in local mode, readable as text and HTML in a sandbox, on a phone, axe clean`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await signIn(page, undefined, locale);
      await page.getByRole("link", { name: { en: "Outbox", es: "Correo saliente" }[locale], exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/admin/outbox$`));
      await expect(page.locator("main")).toContainText(KEPT[locale]);
      await page
        .getByRole("button", {
          name: { en: "Send a test message to myself", es: "Enviarme un mensaje de prueba" }[locale],
        })
        .click();
      await expect(page.locator("main").getByRole("status")).toContainText(
        { en: "A test message", es: "Un mensaje de prueba" }[locale],
      );

      const row = await keptMessage(page, locale, "testMessage", "demo-admin@encuentros.test");
      await expect(row).toContainText(KEPT[locale]);
      await page.setViewportSize(PHONE);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await axeViolations(page, `${locale} outbox`)).toEqual([]);

      await row.getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        { en: "Encuentros: a test message", es: "Encuentros: un mensaje de prueba" }[locale],
      );
      await expect(page.locator("main pre")).toContainText({ en: "Hello, Demo Admin", es: "Hola, Demo Admin" }[locale]);
      const frame = page.locator("main iframe");
      await expect(frame).toHaveAttribute("sandbox", "");
      await expect(page.frameLocator("main iframe").getByRole("heading", { level: 1 })).toHaveText(
        { en: "Hello, Demo Admin", es: "Hola, Demo Admin" }[locale],
      );
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await axeViolations(page, `${locale} outbox message`)).toEqual([]);

      // The HTML on its own: a sandbox that runs nothing, framed by this site only, never stored.
      const html = await page.request.get((await frame.getAttribute("src"))!);
      expect(html.status()).toBe(200);
      expect(html.headers()["content-security-policy"]).toBe(
        "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      );
      expect(html.headers()["x-frame-options"]).toBe("SAMEORIGIN");
      expect(html.headers()["cache-control"]).toBe("private, no-store");
      expect(await html.text()).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${locale}"`));
    });
  }
});

test.describe("password reset by email, without JavaScript", () => {
  test.use({ javaScriptEnabled: false, ...fromAddress(70) });

  for (const locale of LOCALES) {
    test(`in ${locale}: the same answer for any address, a link that works once, every device signed out${locale === "es" ? ", and the second factor still asked for" : ""}`, async ({
      page,
      browser,
    }) => {
      test.setTimeout(120_000);
      // The developer's side, with JavaScript: the account, its second factor, and the outbox.
      const admin = await (
        await browser.newContext({ javaScriptEnabled: true, ...fromAddress(locale === "en" ? 71 : 72) })
      ).newPage();
      const account = newAccount("EDITOR");
      await createAccount(admin, account);
      if (locale === "es") {
        await signIn(admin, account, locale);
        await enrolAuthenticator(admin, account, locale);
        await signOut(admin);
      }
      await signIn(admin, undefined, locale);

      await page.goto(`/${locale}/admin/login`);
      await page.getByRole("link", { name: FORGOT[locale] }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/admin/forgot-password$`));
      // An address without an account gets the very same answer.
      await page.getByLabel({ en: "Email", es: "Correo electrónico" }[locale]).fill(`nobody-${account.email}`);
      await page.getByRole("button", { name: SEND_LINK[locale] }).click();
      await expect(page.locator("main").getByRole("status")).toHaveText(SENT[locale]);
      const unknownAnswer = await page.locator("main").textContent();
      await page.goto(`/${locale}/admin/forgot-password`);
      await page.getByLabel({ en: "Email", es: "Correo electrónico" }[locale]).fill(account.email);
      await page.getByRole("button", { name: SEND_LINK[locale] }).click();
      await expect(page.locator("main").getByRole("status")).toHaveText(SENT[locale]);
      expect(await page.locator("main").textContent()).toBe(unknownAnswer);

      const link = await resetLinkFor(admin, locale, account.email);
      expect(new URL(link).pathname).toBe(`/${locale}/admin/reset-password`);
      // axe needs JavaScript: both pages checked in the admin's browser (showing them uses nothing up).
      for (const url of [`/${locale}/admin/forgot-password`, link]) {
        await admin.goto(url);
        expect(await axeViolations(admin, `${locale} ${url}`)).toEqual([]);
      }
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        { en: "Choose a new password", es: "Elija una contraseña nueva" }[locale],
      );
      await page.setViewportSize(PHONE);
      expect(await sidewaysScroll(page)).toBe(0);
      // The policy applies: a common password is refused, and the link still works after.
      await page.locator("#newPassword").fill("password1234");
      await page.locator("#confirmPassword").fill("password1234");
      await page.getByRole("button", { name: SAVE[locale] }).click();
      await expect(page.locator("#newPassword-error")).toBeVisible();
      const newPassword = "a-new-lantern-by-the-river-2027";
      await page.locator("#newPassword").fill(newPassword);
      await page.locator("#confirmPassword").fill(newPassword);
      await page.getByRole("button", { name: SAVE[locale] }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/admin/login\\?passwordReset=1$`));
      await expect(page.locator("main").getByRole("status")).toHaveText(RESET_DONE[locale]);

      // The link works once.
      await page.goto(link);
      await expect(page.locator("main").getByRole("alert")).toHaveText(LINK_SPENT[locale]);

      // The old password no longer signs in; the new one does, with the code step when the account has a second factor.
      await passwordStep(page, { ...account, password: newPassword }, locale);
      if (locale === "es") await expect(page.getByRole("heading", { level: 1 })).toHaveText(CODE_STEP[locale]);
      else await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
      await admin.context().close();
    });
  }
});
