import { expect, test, type Browser, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import type { TestLocale } from "./support/public-pages";
import { createMeetingThroughForm, dallasDate, uniqueName } from "./support/meeting-form";
import { createAccount, fromAddress, newAccount, type Account } from "./support/second-factor";
import { DEMO_ADMIN, signIn, signInAsDemoAdmin, uniqueSuffix } from "./support/staff";

const TEXT = {
  en: {
    signOutOthers: "Sign out everywhere else",
    sessionEnded: "Your session has ended, so nothing you sent was saved. Please sign in again to continue.",
    keptHere:
      "Your session has ended, so nothing was saved. Please sign in again in another tab, then post this form again: what you typed is still here.",
    saved: "The place was saved.",
    save: "Save changes",
    meetingSaved: "Changes saved. The public site shows them now.",
  },
  es: {
    signOutOthers: "Cerrar sesión en todos los demás dispositivos",
    sessionEnded:
      "Su sesión terminó, así que no se guardó nada de lo que envió. Por favor, vuelva a iniciar sesión para continuar.",
    keptHere:
      "Su sesión terminó, así que no se guardó nada. Vuelva a entrar en otra pestaña y luego envíe este formulario otra vez: lo que escribió sigue aquí.",
    saved: "El lugar se guardó.",
    save: "Guardar cambios",
    meetingSaved: "Cambios guardados. El sitio público ya los muestra.",
  },
} as const;

// The venue form's own submit button (the sign-out button above it is a form too).
const submit = (page: Page) => page.locator("main form[novalidate] button[type=submit]");

async function fillVenue(page: Page, name: string) {
  await page.locator("#name").fill(name);
  await page.locator("#street").fill("2100 Ross Avenue");
  await page.locator("#postalCode").fill("75201");
  await page.locator("#directionsEs").fill("Entre por la puerta lateral.");
}

/** The staff member, on another device, signs every other device out. */
async function signOutEverywhereElse(browser: Browser, account: Account, locale: TestLocale, octet: number) {
  const other = await browser.newContext(fromAddress(octet));
  const page = await other.newPage();
  await signIn(page, account, locale);
  await page.goto(`/${locale}/admin/account`);
  await page.getByRole("button", { name: TEXT[locale].signOutOthers }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await other.close();
}

/** A new editor fills in the new-place form, and meanwhile signs this device out from another (at `otherOctet`). */
async function formLeftOpen(
  page: Page,
  browser: Browser,
  locale: TestLocale,
  otherOctet: number,
): Promise<{ account: Account; name: string }> {
  const account = newAccount("EDITOR");
  await createAccount(page, account);
  await signIn(page, account, locale);
  await page.goto(`/${locale}/admin/venues/new`);
  const name = `Lugar ${uniqueSuffix()}`;
  await fillVenue(page, name);
  await signOutEverywhereElse(browser, account, locale, otherOctet);
  return { account, name };
}

for (const [index, locale] of (["en", "es"] as const).entries()) {
  test.describe(`a staff form left open after being signed out (${locale})`, () => {
    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false, ...fromAddress(80 + index) });

      test("lands on the sign-in page with the reason (303, no error page), saves nothing, and returns to the form after signing in", async ({
        page,
        browser,
      }) => {
        const { account, name } = await formLeftOpen(page, browser, locale, 90 + index);

        const post = page.waitForResponse((response) => response.request().method() === "POST");
        await submit(page).click();
        expect((await post).status()).toBe(303);
        await expect(page).toHaveURL(
          new RegExp(`/${locale}/admin/login\\?sessionEnded=1&next=%2F${locale}%2Fadmin%2Fvenues%2Fnew$`),
        );
        await expect(page.locator("main").getByRole("alert")).toHaveText(TEXT[locale].sessionEnded);
        await expect(page.locator("body")).not.toContainText("Server Action");

        await page.locator("#email").fill(account.email);
        await page.locator("#password").fill(account.password);
        await page.locator("main form button[type=submit]").click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/admin/venues/new$`));
        await page.goto(`/${locale}/admin/venues`);
        await expect(page.locator("main")).not.toContainText(name);
      });
    });

    test.describe("with JavaScript", () => {
      test.use(fromAddress(82 + index));

      test("keeps everything typed and says why; sent again after signing in in another tab, it saves", async ({
        page,
        context,
        browser,
      }) => {
        const { account, name } = await formLeftOpen(page, browser, locale, 92 + index);

        await submit(page).click();
        await expect(page.locator("main [role=alert]")).toHaveText(TEXT[locale].keptHere);
        await expect(page).toHaveURL(new RegExp(`/${locale}/admin/venues/new$`));
        await expect(page.locator("#name")).toHaveValue(name);
        await expect(page.locator("#street")).toHaveValue("2100 Ross Avenue");
        await expect(page.locator("#directionsEs")).toHaveValue("Entre por la puerta lateral.");
        expect(await axeViolations(page, `${locale}: venue form, signed out`)).toEqual([]);

        // Signed in again in another tab of the same browser, the same form is sent again as it is.
        const tab = await context.newPage();
        await signIn(tab, account, locale);
        await tab.close();
        await submit(page).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/admin/venues\\?saved=`));
        await expect(page.locator("main [role=status]")).toHaveText(TEXT[locale].saved);
        await expect(page.locator("main table a", { hasText: name })).toBeVisible();
      });
    });
  });
}

/**
 * The meeting edit form, left open while the session expired: the browser
 * dropped the cookie (as at the end of its life), so the post carries none.
 * A published meeting of its own, with a host and a Spanish title being changed.
 */
async function meetingFormLeftOpen(
  page: Page,
  locale: TestLocale,
): Promise<{ editPath: string; host: string; titleEs: string }> {
  await signInAsDemoAdmin(page, locale);
  const editPath = await createMeetingThroughForm(page, locale, {
    titleEn: uniqueName("Expiring"),
    titleEs: uniqueName("Reunión que caduca"),
    venueName: uniqueName("Salón caducado"),
    date: dallasDate(11),
    startTime: "05:15",
    endTime: "05:45",
  });
  await page.goto(editPath);
  await expect(page.locator("#hostName")).toBeVisible();
  const host = `Sgto. ${uniqueSuffix()}`;
  const titleEs = uniqueName("Título escrito");
  await page.locator("#hostName").fill(host);
  await page.locator("#titleEs").fill(titleEs);
  await page.context().clearCookies();
  return { editPath, host, titleEs };
}

for (const locale of ["en", "es"] as const) {
  test.describe(`the meeting edit form after the session expired (${locale})`, () => {
    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });

      test("lands on the sign-in page saying why, saves nothing, and returns to the meeting after signing in", async ({
        page,
      }) => {
        const { editPath, host } = await meetingFormLeftOpen(page, locale);
        const post = page.waitForResponse((response) => response.request().method() === "POST");
        await page.getByRole("button", { name: TEXT[locale].save, exact: true }).click();
        expect((await post).status()).toBe(303);
        await expect(page).toHaveURL(
          new RegExp(`/${locale}/admin/login\\?sessionEnded=1&next=${encodeURIComponent(editPath)}$`),
        );
        await expect(page.locator("main").getByRole("alert")).toHaveText(TEXT[locale].sessionEnded);

        await page.locator("#email").fill(DEMO_ADMIN.email);
        await page.locator("#password").fill(DEMO_ADMIN.password);
        await page.locator("main form button[type=submit]").click();
        await expect(page).toHaveURL(new RegExp(`${editPath}$`));
        await expect(page.locator("#hostName")).not.toHaveValue(host);
      });
    });

    test.describe("with JavaScript", () => {
      test("keeps everything typed and says why; sent again after signing in in another tab, it saves", async ({
        page,
        context,
      }) => {
        const { editPath, host, titleEs } = await meetingFormLeftOpen(page, locale);
        await page.getByRole("button", { name: TEXT[locale].save, exact: true }).click();
        await expect(page.locator("main form [role=alert]")).toHaveText(TEXT[locale].keptHere);
        await expect(page).toHaveURL(new RegExp(`${editPath}$`));
        await expect(page.locator("#hostName")).toHaveValue(host);
        await expect(page.locator("#titleEs")).toHaveValue(titleEs);
        expect(await axeViolations(page, `${locale}: meeting form, session expired`)).toEqual([]);

        const tab = await context.newPage();
        await signInAsDemoAdmin(tab, locale);
        await tab.close();
        await page.getByRole("button", { name: TEXT[locale].save, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`${editPath}\\?saved=updated$`));
        await expect(page.getByRole("status").filter({ hasText: TEXT[locale].meetingSaved })).toBeVisible();
        await expect(page.locator("#hostName")).toHaveValue(host);
      });
    });
  });
}
