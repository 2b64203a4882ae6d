import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { LOCALES } from "./support/public-pages";
import { firstEditPaths, signIn, uniqueSuffix } from "./support/staff";

// The page's own form (the sign-out button above it is a form too).
const submit = (page: Page) => page.locator("main form[novalidate] button[type=submit]");

test.describe("venues", () => {
  test("a venue with mistakes is refused field by field, keeps what was typed, then saves with a fixed slug", async ({
    page,
  }) => {
    const name = `Iglesia Prueba ${uniqueSuffix()}`;
    await signIn(page);
    await page.goto("/en/admin/venues/new");
    await page.locator("#street").fill("300 Demo Street");
    await page.locator("#postalCode").fill("7521");
    await page.locator("#contactName").fill("<script>alert(1)</script>");
    await page.locator("#descriptionEs").fill("Una iglesia acogedora.");
    await submit(page).click();

    // The same error summary as every staff form: each problem links to its field.
    await expect(page.locator("main [role=alert]")).toContainText("Please correct 2 fields:");
    await expect(
      page.locator("main [role=alert]").getByRole("link", { name: "Name: Please fill this in." }),
    ).toHaveAttribute("href", "#name");
    await expect(page.locator("#name-error")).toHaveText("Please fill this in.");
    await expect(page.locator("#name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#postalCode-error")).toHaveText("Please enter a 5-digit ZIP code.");
    await expect(page.locator("#street")).toHaveValue("300 Demo Street");
    await expect(page.locator("#contactName")).toHaveValue("<script>alert(1)</script>");
    await expect(page.locator("#descriptionEs")).toHaveValue("Una iglesia acogedora.");

    await page.locator("#name").fill(name);
    await page.locator("#postalCode").fill("75211");
    await page.locator("#kind").selectOption("SCHOOL");
    await submit(page).click();
    await expect(page).toHaveURL(/\/en\/admin\/venues\?saved=/);
    await expect(page.locator("main [role=status]")).toHaveText("The place was saved.");
    const link = page.locator("main table a", { hasText: name });
    await expect(link).toBeVisible();

    await link.click();
    const slug = name.toLowerCase().replace(/ /g, "-");
    await expect(page.locator("main code")).toHaveText(slug);
    await expect(page.locator("#kind")).toHaveValue("SCHOOL");
    await page.locator("#name").fill(`${name} renamed`);
    await submit(page).click();
    await expect(page).toHaveURL(new RegExp(`saved=${slug}$`));
    await expect(page.locator("main table a", { hasText: `${name} renamed` })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a venue form posted with an error answers in Spanish and keeps what was typed", async ({ page }) => {
    await signIn(page, undefined, "es");
    await page.goto("/es/admin/venues/new");
    await page.locator("#name").fill("Centro Comunitario Sin JS");
    await page.locator("#street").fill("12 Calle Demo");
    await page.locator("#postalCode").fill("abc");
    await page.locator("#latitude").fill("32.7");
    await page.locator("#directionsEs").fill("Entre por la puerta lateral.");
    await submit(page).click();

    await expect(page.locator("main [role=alert]")).toContainText("Por favor, corrija 2 campos:");
    await expect(page.locator("#postalCode-error")).toHaveText("Por favor, escriba un código postal de 5 dígitos.");
    await expect(page.locator("#longitude-error")).toHaveText(
      "Por favor, llene la latitud y la longitud, o deje las dos vacías.",
    );
    await expect(page.locator("#name")).toHaveValue("Centro Comunitario Sin JS");
    await expect(page.locator("#street")).toHaveValue("12 Calle Demo");
    await expect(page.locator("#postalCode")).toHaveValue("abc");
    await expect(page.locator("#directionsEs")).toHaveValue("Entre por la puerta lateral.");
  });
});

test.describe("series", () => {
  test("refuses an end before the start, then creates a series", async ({ page }) => {
    const title = `Future series ${uniqueSuffix()}`;
    await signIn(page);
    await page.goto("/en/admin/series/new");
    await page.locator("#titleEn").fill(title);
    await page.locator("#titleEs").fill(`Serie futura ${title}`);
    await page.locator("#startsOn").fill("2099-03-01");
    await page.locator("#endsOn").fill("2099-02-01");
    await page.locator("#descriptionEn").fill("Sessions far ahead.");
    await submit(page).click();
    await expect(page.locator("#endsOn-error")).toHaveText("The last day cannot be before the first day.");
    await expect(page.locator("#descriptionEs-error")).toHaveText("Please fill this in.");
    await expect(page.locator("#titleEn")).toHaveValue(title);

    await page.locator("#endsOn").fill("2099-05-31");
    await page.locator("#descriptionEs").fill("Reuniones lejanas.");
    await submit(page).click();
    await expect(page).toHaveURL(/\/en\/admin\/series\?saved=future-series-/);
    await expect(page.locator("main table a", { hasText: title })).toBeVisible();
  });
});

test.describe("staff accounts", () => {
  test("a weak first password is refused in the admin's language; the admin cannot change their own account", async ({
    page,
  }) => {
    await signIn(page, undefined, "es");
    await page.goto("/es/admin/staff");
    await page.locator("#name").fill("Persona Nueva");
    await page.locator("#email").fill(`nueva-${uniqueSuffix()}@example.org`);
    await page.locator("#password").fill("password1234");
    await page.locator("form:has(#password) button[type=submit]").click();
    await expect(page.locator("#password-error")).toHaveText(
      "Esa contraseña es demasiado común. Por favor, elija otra.",
    );
    await expect(page.locator("#name")).toHaveValue("Persona Nueva");
    // Everything typed stays to be corrected, the password too: the browser keeps it, the server never sends it back.
    await expect(page.locator("#password")).toHaveValue("password1234");

    const self = page.locator('tr[data-email="demo-admin@encuentros.test"]');
    await expect(self.locator("form")).toHaveCount(0);
    await expect(self).toContainText("No puede cambiar su propia función");
  });

  test("role changes are recorded in the audit log with before and after", async ({ page }) => {
    const email = `role-${uniqueSuffix()}@example.org`;
    await signIn(page);
    await page.goto("/en/admin/staff");
    await page.locator("#name").fill("Role Change");
    await page.locator("#email").fill(email);
    await page.locator("#password").fill("a-perfectly-fine-passphrase");
    await page.locator("form:has(#password) button[type=submit]").click();
    const row = page.locator(`tr[data-email="${email}"]`);
    await expect(row.locator("td").nth(1)).toHaveText("Editor");
    await row.locator("select[name=role]").selectOption("ADMIN");
    await row.locator("form:has(select) button").click();
    await expect(page.locator("main [role=status]")).toHaveText("The role was changed.");
    await expect(row.locator("td").nth(1)).toHaveText("Admin");

    await page.goto("/en/admin/audit");
    const entry = page.locator("main tbody > tr", { hasText: `Role Change <${email}>` }).first();
    await expect(entry).toContainText("Staff account · changed");
    await entry.locator("summary").click();
    await expect(entry.locator("table tbody tr")).toHaveText(["roleEDITORADMIN"]);
  });
});

for (const locale of LOCALES) {
  test(`staff administration pages in ${locale} have no axe violations`, async ({ page }) => {
    // A full axe run (experimental rules too) on every page, one after another.
    test.setTimeout(120_000);
    await signIn(page, undefined, locale);
    const { venue, series } = await firstEditPaths(page, locale);
    const paths = [
      `/${locale}/admin/venues`,
      `/${locale}/admin/venues/new`,
      venue,
      `/${locale}/admin/series`,
      `/${locale}/admin/series/new`,
      series,
      `/${locale}/admin/staff`,
      `/${locale}/admin/audit`,
    ];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      if (path.endsWith("/audit")) await page.locator("main details summary").first().click();
      expect(await axeViolations(page, path)).toEqual([]);
    }
    // A form showing its errors too.
    await page.goto(`/${locale}/admin/venues/new`);
    await submit(page).click();
    await expect(page.locator("#name-error")).toBeVisible();
    expect(await axeViolations(page, "form errors")).toEqual([]);
  });
}
