import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { LOCALES, type TestLocale } from "./support/public-pages";
import { createAccount, fromAddress, newAccount, signOut } from "./support/second-factor";
import { sidewaysScroll, signIn } from "./support/staff";

// The account page's email notice settings (lib/notices): how notices reach
// a staff member (at once, a daily summary at an hour in Central time, off)
// and in which language; and the admins' table of who receives what.

const TEXT = {
  en: {
    digest: "Once a day, in one summary",
    off: "Off: I check the staff pages myself",
    atOnce: "At once, one email for each",
    hour: "Time of the daily summary (Central time)",
    language: "Language of the emails",
    save: "Save notice settings",
    saved: "Your notice settings were saved.",
    required: "Please fill this in.",
    sevenPm: "7:00 PM",
    english: "English",
    spanish: "Español",
    table: "Email notices",
    dailyAt: "Daily summary at 7:00 PM",
  },
  es: {
    digest: "Una vez al día, en un solo resumen",
    off: "Desactivados: reviso yo las páginas del personal",
    atOnce: "Al momento, un correo por cada aviso",
    hour: "Hora del resumen diario (hora del centro)",
    language: "Idioma de los correos",
    save: "Guardar las preferencias de avisos",
    saved: "Se guardaron sus preferencias de avisos.",
    required: "Por favor, llene este campo.",
    sevenPm: "7:00 p. m.",
    english: "English",
    spanish: "Español",
    table: "Avisos por correo",
    dailyAt: "Resumen diario a las 7:00 p. m.",
  },
} as const;

const form = (page: Page, locale: TestLocale) =>
  page.locator("main form").filter({ has: page.getByRole("button", { name: TEXT[locale].save }) });

async function openAccount(page: Page, locale: TestLocale) {
  await page.goto(`/${locale}/admin/account`);
  await expect(
    page.getByRole("heading", { level: 2, name: { en: "Email notices", es: "Avisos por correo" }[locale] }),
  ).toBeVisible();
}

for (const locale of LOCALES) {
  test(`notice settings in ${locale}: saved and kept after a reload, an error keeps what was chosen, on a phone, axe clean; admins see them`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const t = TEXT[locale];
    const account = newAccount("EDITOR");
    await createAccount(page, account);
    await signIn(page, account, locale);
    await openAccount(page, locale);
    // Every staff member starts with notices at once, in Spanish.
    await expect(page.getByRole("radio", { name: t.atOnce })).toBeChecked();
    await expect(page.getByLabel(t.language)).toHaveValue("es");
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await axeViolations(page, `${locale} account page with notice settings`)).toEqual([]);

    // A daily summary without an hour: refused in the page's language, the choices kept.
    await page.getByRole("radio", { name: t.digest }).check();
    await page.getByLabel(t.hour).selectOption("");
    await page.getByLabel(t.language).selectOption("en");
    await form(page, locale).getByRole("button", { name: t.save }).click();
    await expect(form(page, locale).locator("#digestHour-error")).toHaveText(t.required);
    await expect(page.getByLabel(t.hour)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("radio", { name: t.digest })).toBeChecked();
    await expect(page.getByLabel(t.language)).toHaveValue("en");
    expect(await axeViolations(page, `${locale} notice settings with an error`)).toEqual([]);

    await page.getByLabel(t.hour).selectOption("19");
    await expect(page.getByLabel(t.hour).locator("option:checked")).toHaveText(t.sevenPm);
    await form(page, locale).getByRole("button", { name: t.save }).click();
    await expect(form(page, locale).getByText(t.saved)).toBeVisible();
    await page.reload();
    await expect(page.getByRole("radio", { name: t.digest })).toBeChecked();
    await expect(page.getByLabel(t.hour)).toHaveValue("19");
    await expect(page.getByLabel(t.language)).toHaveValue("en");

    // The admins' table on the staff page says it too.
    await signOut(page);
    await signIn(page, undefined, locale);
    await page.goto(`/${locale}/admin/staff`);
    const row = page.locator(`main tr[data-notice-email="${account.email}"]`);
    await expect(row).toContainText(t.dailyAt);
    await expect(row).toContainText(t.english);
    expect(await axeViolations(page, `${locale} staff page with the notice table`)).toEqual([]);
  });
}

test.describe("notice settings without JavaScript", () => {
  test.use({ javaScriptEnabled: false, ...fromAddress(75) });

  for (const locale of LOCALES) {
    test(`in ${locale}: a plain form post saves, and a refused one comes back with the choices kept`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      const t = TEXT[locale];
      const account = newAccount("EDITOR");
      await createAccount(page, account);
      await signIn(page, account, locale);
      await openAccount(page, locale);

      await page.getByRole("radio", { name: t.digest }).check();
      await page.getByLabel(t.hour).selectOption("");
      await page.getByLabel(t.language).selectOption("en");
      await form(page, locale).getByRole("button", { name: t.save }).click();
      await expect(page.locator("#digestHour-error")).toHaveText(t.required);
      await expect(page.getByRole("radio", { name: t.digest })).toBeChecked();
      await expect(page.getByLabel(t.language)).toHaveValue("en");

      await page.getByRole("radio", { name: t.off }).check();
      await form(page, locale).getByRole("button", { name: t.save }).click();
      await expect(page.getByText(t.saved)).toBeVisible();
      await openAccount(page, locale);
      await expect(page.getByRole("radio", { name: t.off })).toBeChecked();
      await expect(page.getByLabel(t.language)).toHaveValue("en");
    });
  }
});
