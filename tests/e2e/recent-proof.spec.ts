import { devices, expect, test, type Browser } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { axeViolations } from "./support/axe";
import {
  addVirtualAuthenticator,
  cookieHeader,
  createAccount,
  enrolAuthenticator,
  fromAddress,
  newAccount,
} from "./support/second-factor";
import type { TestLocale } from "./support/public-pages";
import { sidewaysScroll, signIn } from "./support/staff";
import { actionFields, postForm } from "./support/staff-http";

// The end-to-end server lets a proof last STAFF_PROOF_SECONDS=60 (playwright.config.ts), not 5 minutes, so this test waits one minute, not five.
const TEXT = {
  en: {
    confirmHeading: "Confirm it's you",
    addPasskey: "Add a passkey",
    newCodes: "Make new backup codes",
    turnOff: "Turn off the authenticator app",
    withPassword: "Confirm with my password",
    wrongPassword: "The current password is not right.",
    confirmed: /^Thank you\. For the next 1 minute you can change your second factor on this device\.$/,
    proofRequired:
      "For your safety, confirm it's you first: enter your password or a code from your authenticator app below.",
    codesLeft: "On. You have 10 backup codes left.",
    passkeyAdded: "The passkey was added.",
  },
  es: {
    confirmHeading: "Confirme que es usted",
    addPasskey: "Agregar una llave de acceso",
    newCodes: "Crear códigos de respaldo nuevos",
    turnOff: "Desactivar la aplicación de autenticación",
    withPassword: "Confirmar con mi contraseña",
    wrongPassword: "La contraseña actual no es correcta.",
    confirmed: /^Gracias\. Durante el próximo minuto podrá cambiar su segundo factor en este dispositivo\.$/,
    proofRequired:
      "Por su seguridad, primero confirme que es usted: escriba abajo su contraseña o un código de su aplicación de autenticación.",
    codesLeft: "Activada. Le quedan 10 códigos de respaldo.",
    passkeyAdded: "Se agregó la llave de acceso.",
  },
} as const;

// WebAuthn refuses an IP address as a site's name: the local site's passkeys belong to "localhost".
const siteURL = baseURL.replace("127.0.0.1", "localhost");

/** A staff member with the authenticator app on, signed in, on their account page; with the "Make new backup codes" form as a browser without JavaScript would post it. */
async function staffMemberWithApp(browser: Browser, locale: TestLocale, octet: number) {
  const context = await browser.newContext({ ...devices["Pixel 7"], baseURL: siteURL, ...fromAddress(octet) });
  const page = await context.newPage();
  await addVirtualAuthenticator(context, page);
  const account = newAccount("EDITOR");
  await createAccount(page, account);
  await signIn(page, account, locale);
  await enrolAuthenticator(page, account, locale);
  await page.goto(`/${locale}/admin/account`);
  await expect(page.getByRole("button", { name: TEXT[locale].newCodes })).toBeVisible();
  // The page as the server sent it (over 127.0.0.1: Node may look "localhost" up as ::1, where nothing listens).
  const html = await (
    await fetch(`${baseURL}/${locale}/admin/account`, { headers: { cookie: await cookieHeader(context) } })
  ).text();
  return { context, page, account, newCodesForm: actionFields(html, TEXT[locale].newCodes) };
}

test.describe("a session that has not proved the password or a second factor lately", () => {
  test("asks for the password before passkeys, the app or backup codes change, and refuses a replayed form, in both languages", async ({
    browser,
  }) => {
    // One minute of waiting for the proof to run out, shared by both languages.
    test.setTimeout(240_000);
    const staff = { en: await staffMemberWithApp(browser, "en", 70), es: await staffMemberWithApp(browser, "es", 71) };

    for (const locale of ["en", "es"] as const) {
      const { page } = staff[locale];
      // Signed in and the password typed again a moment ago: a few minutes of changes allowed. Then the proof runs out.
      await expect(async () => {
        await page.reload();
        await expect(page.getByRole("heading", { name: TEXT[locale].confirmHeading })).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 120_000, intervals: [5_000] });
      await expect(page.getByRole("button", { name: TEXT[locale].addPasskey })).toHaveCount(0);
      await expect(page.getByRole("button", { name: TEXT[locale].newCodes })).toHaveCount(0);
      await expect(page.getByRole("button", { name: TEXT[locale].turnOff })).toHaveCount(0);
      expect(await axeViolations(page, `${locale}: account, confirm it's you`)).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    }

    for (const locale of ["en", "es"] as const) {
      const { context, page, account, newCodesForm } = staff[locale];
      // The form kept from when it was allowed, posted again as is: refused, and nothing changed.
      const replayed = await postForm(`${baseURL}/${locale}/admin/account`, newCodesForm, await cookieHeader(context));
      expect(replayed).toEqual({ status: 303, location: `/${locale}/admin/account?error=proofRequired` });
      await page.goto(replayed.location!);
      await expect(page.locator("main").getByRole("alert")).toHaveText(TEXT[locale].proofRequired);
      await expect(page.getByText(TEXT[locale].codesLeft)).toBeVisible();

      await page.locator("#confirm-password").fill("not-the-password-at-all");
      await page.getByRole("button", { name: TEXT[locale].withPassword }).click();
      await expect(page.locator("#confirm-password-error")).toHaveText(TEXT[locale].wrongPassword);
      await page.locator("#confirm-password").fill(account.password);
      await page.getByRole("button", { name: TEXT[locale].withPassword }).click();
      await expect(page.getByRole("status").filter({ hasText: TEXT[locale].confirmed })).toBeVisible();
      await expect(page.getByRole("heading", { name: TEXT[locale].confirmHeading })).toHaveCount(0);

      await page.locator("#passkey-name").fill("Office phone");
      await page.getByRole("button", { name: TEXT[locale].addPasskey }).click();
      await expect(page.getByRole("status").filter({ hasText: TEXT[locale].passkeyAdded })).toBeVisible();
      expect(await axeViolations(page, `${locale}: account, confirmed`)).toEqual([]);
      await context.close();
    }
  });
});
