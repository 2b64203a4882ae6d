import { expect, test, type Page } from "@playwright/test";

const DEMO = { email: "demo-admin@encuentros.test", password: "demo-only-password-2027" };

// Each test signs in from its own made-up address (the end-to-end server
// trusts X-Forwarded-For from the tests, as it would from nginx), so the
// throttle of one test never delays another.
function fromAddress(octet: number) {
  return { extraHTTPHeaders: { "X-Forwarded-For": `198.51.100.${octet}` } };
}

async function submitSignIn(page: Page, email: string, password: string, button: string) {
  await page.getByLabel(/^(Email|Correo electrónico)$/).fill(email);
  await page.getByLabel(/^(Password|Contraseña)$/).fill(password);
  await page.getByRole("button", { name: button }).click();
}

test.describe("staff sign-in", () => {
  test.describe("with JavaScript", () => {
    test.use(fromAddress(1));

    test("a wrong password gets a translated error and keeps the email; the right one signs in and out", async ({
      page,
      context,
    }) => {
      await page.goto("/es/admin/login");
      await submitSignIn(page, DEMO.email, "not-the-password-at-all", "Iniciar sesión");
      await expect(page.locator("main").getByRole("alert")).toHaveText(
        "El correo o la contraseña no son correctos. Inténtelo de nuevo.",
      );
      await expect(page.getByLabel("Correo electrónico")).toHaveValue(DEMO.email);

      await submitSignIn(page, DEMO.email, DEMO.password, "Iniciar sesión");
      await expect(page).toHaveURL(/\/es\/admin$/);
      await expect(page.getByText(/Sesión iniciada como Demo Admin/)).toBeVisible();
      const [session] = (await context.cookies()).filter((cookie) => cookie.name.endsWith("session_token"));
      expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

      await page.getByRole("button", { name: "Cerrar sesión" }).click();
      await expect(page.locator("main").getByRole("status")).toHaveText("Cerró la sesión.");
      await page.goto("/es/admin");
      await expect(page).toHaveURL(/\/es\/admin\/login$/);
    });
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false, ...fromAddress(2) });

    test("the sign-in form works as a plain form post", async ({ page }) => {
      await page.goto("/en/admin/login");
      await submitSignIn(page, DEMO.email, "wrong-password-again", "Sign in");
      await expect(page.locator("main").getByRole("alert")).toHaveText(
        "The email or password is not right. Please try again.",
      );
      await expect(page.getByLabel("Email")).toHaveValue(DEMO.email);
      await submitSignIn(page, DEMO.email, DEMO.password, "Sign in");
      await expect(page).toHaveURL(/\/en\/admin$/);
    });
  });

  test.describe("throttling", () => {
    // Plain form posts: each attempt is a full page load, one after another.
    test.use({ javaScriptEnabled: false, ...fromAddress(3) });

    test("after five wrong passwords from one address that address waits, while the account's owner signs in from another", async ({
      page,
    }) => {
      await page.goto("/en/admin/login");
      for (let attempt = 1; attempt <= 5; attempt++) {
        await submitSignIn(page, DEMO.email, `wrong-password-${attempt}`, "Sign in");
        await expect(page.locator("main").getByRole("alert")).toHaveText(
          "The email or password is not right. Please try again.",
        );
      }
      await submitSignIn(page, DEMO.email, DEMO.password, "Sign in");
      await expect(page.locator("main").getByRole("alert")).toHaveText(
        /^Too many failed attempts\. Try again in (1 minute|[1-5]?[0-9] seconds)\.$/,
      );
      await expect(page).toHaveURL(/\/en\/admin\/login$/);

      await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.33" });
      await submitSignIn(page, DEMO.email, DEMO.password, "Sign in");
      await expect(page).toHaveURL(/\/en\/admin$/);
    });
  });
});

test.describe("password change", () => {
  test.use(fromAddress(4));

  test("explains each refusal in the staff member's language", async ({ page }) => {
    await page.goto("/es/admin/login");
    await submitSignIn(page, DEMO.email, DEMO.password, "Iniciar sesión");
    await expect(page).toHaveURL(/\/es\/admin$/);
    await page.getByRole("link", { name: "Mi cuenta" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mi cuenta" })).toBeVisible();

    const change = async (current: string, next: string, again: string) => {
      await page.getByLabel("Contraseña actual").fill(current);
      await page.getByLabel("Contraseña nueva", { exact: true }).fill(next);
      await page.getByLabel("Repita la contraseña nueva").fill(again);
      await page.getByRole("button", { name: "Cambiar la contraseña" }).click();
    };
    // The same error summary as every staff form, each problem beside its field.
    await change(DEMO.password, "una clave nueva y larga", "otra clave distinta");
    await expect(page.locator("main").getByRole("alert")).toContainText("Por favor, corrija 1 campo:");
    await expect(page.locator("#confirmPassword-error")).toHaveText("Las dos contraseñas nuevas no coinciden.");
    await expect(page.getByLabel("Repita la contraseña nueva")).toHaveValue("otra clave distinta");
    await change(DEMO.password, "password1234", "password1234");
    await expect(page.locator("#newPassword-error")).toHaveText(
      "Esa contraseña es demasiado común. Por favor, elija otra.",
    );
    await change("no-es-la-actual-123", "una clave nueva y larga", "una clave nueva y larga");
    await expect(page.locator("#currentPassword-error")).toHaveText("La contraseña actual no es correcta.");
  });
});
