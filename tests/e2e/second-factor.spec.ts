import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { axeViolations } from "./support/axe";
import {
  addVirtualAuthenticator,
  createAccount,
  fromAddress,
  newAccount,
  passwordStep,
  signOut,
} from "./support/second-factor";
import { signIn } from "./support/staff";
import { totpCode, wrongTotpCode } from "../support/totp";

test.describe("authenticator app, without JavaScript", () => {
  test.use({ javaScriptEnabled: false, ...fromAddress(60) });

  test("enrols from the QR key, signs in with a code, refuses a wrong one, and takes each backup code once", async ({
    page,
  }) => {
    // Many full page loads, one after another.
    test.setTimeout(90_000);
    const account = newAccount("EDITOR");
    await createAccount(page, account);
    await signIn(page, account, "es");

    await page.goto("/es/admin/account");
    await page.locator("#totp-on-password").fill(account.password);
    await page.getByRole("button", { name: "Configurar una aplicación de autenticación" }).click();
    await expect(page).toHaveURL(/\/es\/admin\/account\?step=scan$/);
    await expect(page.getByRole("img", { name: "Código QR para su aplicación de autenticación" })).toBeVisible();
    const key = (await page.getByTestId("totp-key").textContent())!.trim();
    expect(key).toMatch(/^[A-Z2-7]{32,}$/);
    await expect(page.getByTestId("totp-key").locator("span")).toHaveText(key.match(/.{1,4}/g)!);
    // Copying needs JavaScript: no button that would do nothing.
    await expect(page.getByRole("button", { name: "Copiar la clave" })).toHaveCount(0);

    await page.locator("#totp-code").fill(wrongTotpCode(key));
    await page.getByRole("button", { name: "Activar" }).click();
    await expect(page.locator("#totp-code-error")).toHaveText(/Ese código no es correcto/);
    await page.locator("#totp-code").fill(totpCode(key));
    await page.getByRole("button", { name: "Activar" }).click();
    await expect(page).toHaveURL(/\/es\/admin\/account\?step=codes$/);
    await expect(
      page.getByRole("status").filter({ hasText: "La aplicación de autenticación está activada." }),
    ).toBeVisible();
    const codes = await page.getByTestId("backup-code").allTextContents();
    expect(codes).toHaveLength(10);
    await expect(page.getByRole("link", { name: "Descargar los códigos en un archivo de texto" })).toHaveAttribute(
      "download",
      "encuentros-backup-codes.txt",
    );
    await page.goto("/es/admin/account");
    await expect(page.getByText("Activada. Le quedan 10 códigos de respaldo.")).toBeVisible();
    await expect(page.getByTestId("backup-code")).toHaveCount(0);
    await signOut(page);

    // Password, then a wrong code (refused, the code step stays), then the right one.
    await passwordStep(page, account, "es");
    await expect(page).toHaveURL(/\/es\/admin\/login\?step=code$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Un paso más");
    await page.locator("#code").fill(wrongTotpCode(key));
    await page.getByRole("button", { name: "Continuar" }).click();
    await expect(page.locator("#code-error")).toHaveText(/Ese código no es correcto/);
    const used = totpCode(key);
    await page.locator("#code").fill(used);
    await page.getByRole("button", { name: "Continuar" }).click();
    await expect(page).toHaveURL(/\/es\/admin$/);
    await signOut(page);

    // The same code again while it is still valid (someone who saw it typed): already used, wait for the next.
    await passwordStep(page, account, "es");
    await page.locator("#code").fill(used);
    await page.getByRole("button", { name: "Continuar" }).click();
    await expect(page.locator("#code-error")).toHaveText(
      "Este código ya se usó. Espere al siguiente código de su aplicación y escríbalo.",
    );

    // A backup code signs in once, typed in small letters with spaces; the same code a second time, as printed, does not.
    expect(codes.every((code) => /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/.test(code))).toBe(true);
    for (const expected of ["signed in", "refused"] as const) {
      await passwordStep(page, account, "es");
      await page
        .locator("#code")
        .fill(expected === "signed in" ? codes[0]!.toLowerCase().replace("-", "  ") : codes[0]!);
      await page.getByRole("button", { name: "Continuar" }).click();
      if (expected === "signed in") {
        await expect(page).toHaveURL(/\/es\/admin$/);
        await signOut(page);
      } else {
        await expect(page.locator("#code-error")).toHaveText(/Ese código no es correcto/);
      }
    }

    // An admin resets it, after a step that names the person in the admin's language; "Cancelar" resets nothing.
    await signIn(page, undefined, "es");
    await page.goto("/es/admin/staff");
    const row = page.locator(`tr[data-email="${account.email}"]`);
    await row.getByRole("link", { name: `Restablecer el segundo factor de ${account.name}` }).click();
    await expect(
      page.getByRole("heading", { name: `¿Restablecer el segundo factor de ${account.name}?` }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Cancelar" }).click();
    await expect(page).toHaveURL(/\/es\/admin\/staff$/);
    await expect(row).toContainText("Aplicación de autenticación");
    await row.getByRole("link", { name: `Restablecer el segundo factor de ${account.name}` }).click();
    await page.getByRole("button", { name: `Sí, restablecer el segundo factor de ${account.name}` }).click();
    await expect(page).toHaveURL(/\/es\/admin\/staff\?notice=secondFactorReset$/);
    await expect(page.getByRole("status")).toHaveText(/^Se restableció el segundo factor/);
    await expect(row).toContainText("Ninguno");
  });
});

test.describe("forced enrolment", () => {
  test.use(fromAddress(61));

  test("a new admin must set up a second factor before the dashboard opens; another admin can reset it, and the audit log shows both", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const admin = newAccount("ADMIN");
    await createAccount(page, admin);

    await passwordStep(page, admin, "en");
    await expect(page).toHaveURL(/\/en\/admin\/account\?setup=required$/);
    await expect(page.locator("main").getByRole("alert").first()).toHaveText(/Your role needs a second factor/);
    // Until then the menu offers the one page that opens: the account page.
    await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link")).toHaveText(["My account"]);
    await page.goto("/en/admin/meetings/new");
    await expect(page).toHaveURL(/\/en\/admin\/account\?setup=required$/);
    expect(await axeViolations(page, "account, setup required")).toEqual([]);

    await page.locator("#totp-on-password").fill(admin.password);
    await page.getByRole("button", { name: "Set up an authenticator app" }).click();
    const key = (await page.getByTestId("totp-key").textContent())!.trim();
    // Shown in groups of four, but selected (one tap selects it all) and copied as one string.
    const groups = page.getByTestId("totp-key").locator("span");
    await expect(groups).toHaveText(key.match(/.{1,4}/g)!);
    await page.getByTestId("totp-key").click();
    expect(await page.evaluate(() => window.getSelection()!.toString())).toBe(key);
    expect(await axeViolations(page, "account, scan step")).toEqual([]);
    await page.locator("#totp-code").fill(totpCode(key));
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.getByTestId("backup-code")).toHaveCount(10);
    expect(await axeViolations(page, "account, backup codes")).toEqual([]);
    await page.goto("/en/admin");
    await expect(page).toHaveURL(/\/en\/admin$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Staff accounts" }),
    ).toBeVisible();
    await signOut(page);

    // With JavaScript too, the password leads to the code step.
    await passwordStep(page, admin, "en");
    await expect(page).toHaveURL(/\/en\/admin\/login\?step=code$/);
    expect(await axeViolations(page, "sign-in, code step")).toEqual([]);
    const used = totpCode(key);
    await page.locator("#code").fill(used);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/en\/admin$/);
    await signOut(page);
    // The same code again, while still valid: already used.
    await passwordStep(page, admin, "en");
    await page.locator("#code").fill(used);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator("#code-error")).toHaveText(
      "This code was already used. Wait for the next one in your app, then enter it.",
    );
    expect(await axeViolations(page, "sign-in, code already used")).toEqual([]);

    // The demo admin resets the new admin's factor (never their own: their row has no such button).
    await signIn(page);
    await page.goto("/en/admin/staff");
    const row = page.locator(`tr[data-email="${admin.email}"]`);
    await expect(row).toContainText("Authenticator app");
    // It asks first, naming the person; nothing is reset until then.
    await row.getByRole("link", { name: `Reset second factor of ${admin.name}` }).click();
    await expect(page.getByRole("heading", { name: `Reset the second factor of ${admin.name}?` })).toBeVisible();
    await expect(page.locator("main")).toContainText(`${admin.name} (${admin.email}) will stop working`);
    await expect(row).toContainText("Authenticator app");
    expect(await axeViolations(page, "staff, reset confirmation")).toEqual([]);
    await page.getByRole("button", { name: `Yes, reset the second factor of ${admin.name}` }).click();
    await expect(page).toHaveURL(/\/en\/admin\/staff\?notice=secondFactorReset$/);
    await expect(page.locator(`tr[data-email="${admin.email}"]`)).toContainText("None");
    await expect(
      page.locator('tr[data-email="demo-admin@encuentros.test"]').getByRole("link", { name: /Reset second factor/ }),
    ).toHaveCount(0);

    await page.goto("/en/admin/audit");
    const main = page.locator("main");
    await expect(main.getByText(`Authenticator app turned on: ${admin.name} <${admin.email}>`)).toBeVisible();
    await expect(main.getByText(`Second factor reset: ${admin.name} <${admin.email}>`)).toBeVisible();
    await expect(main.locator("tr", { hasText: `Second factor reset: ${admin.name}` })).toContainText(
      "demo-admin@encuentros.test",
    );
  });
});

test.describe("in Spanish, with JavaScript", () => {
  test.use(fromAddress(65));

  // The English screens are checked in the forced-enrolment test above; the Spanish flow above runs without JavaScript, where axe cannot run.
  test("every second-factor screen in Spanish has no axe violations", async ({ page, context }) => {
    test.setTimeout(90_000);
    const admin = newAccount("ADMIN");
    await createAccount(page, admin);

    await passwordStep(page, admin, "es");
    await expect(page).toHaveURL(/\/es\/admin\/account\?setup=required$/);
    await expect(page.getByRole("navigation", { name: "Personal" }).getByRole("link")).toHaveText(["Mi cuenta"]);
    expect(await axeViolations(page, "cuenta, configuración obligatoria")).toEqual([]);
    await page.locator("#totp-on-password").fill(admin.password);
    await page.getByRole("button", { name: "Configurar una aplicación de autenticación" }).click();
    const key = (await page.getByTestId("totp-key").textContent())!.trim();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copiar la clave" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Se copió la clave." })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    expect(await axeViolations(page, "cuenta, paso del código QR")).toEqual([]);
    await page.locator("#totp-code").fill(totpCode(key));
    await page.getByRole("button", { name: "Activar" }).click();
    await expect(page.getByTestId("backup-code")).toHaveCount(10);
    expect(await axeViolations(page, "cuenta, códigos de respaldo")).toEqual([]);
    await signOut(page);

    await passwordStep(page, admin, "es");
    await expect(page).toHaveURL(/\/es\/admin\/login\?step=code$/);
    expect(await axeViolations(page, "inicio de sesión, paso del código")).toEqual([]);
    await page.locator("#code").fill(totpCode(key));
    await page.getByRole("button", { name: "Continuar" }).click();
    await expect(page).toHaveURL(/\/es\/admin$/);
  });
});

test.describe("passkeys", () => {
  // WebAuthn refuses an IP address as a site's name: the local site's passkeys belong to "localhost".
  test.use({ baseURL: baseURL.replace("127.0.0.1", "localhost"), ...fromAddress(62) });

  test("registers a passkey with a virtual authenticator and signs in with it alone", async ({ page, context }) => {
    await addVirtualAuthenticator(context, page);
    const account = newAccount("EDITOR");
    await createAccount(page, account);
    await signIn(page, account);

    await page.goto("/en/admin/account");
    await expect(page.getByText("You have no passkeys yet.")).toBeVisible();
    await page.locator("#passkey-name").fill("Office phone");
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The passkey was added." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Remove the passkey Office phone" })).toBeVisible();
    expect(await axeViolations(page, "account, passkey added")).toEqual([]);
    await signOut(page);

    await page.goto("/en/admin/login");
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await expect(page).toHaveURL(/\/en\/admin$/);
  });
});
