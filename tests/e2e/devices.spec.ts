import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { axeViolations } from "./support/axe";
import { createAccount, fromAddress, newAccount } from "./support/second-factor";
import { sidewaysScroll, signIn } from "./support/staff";

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
const SAFARI_ON_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const SCRIPT = "office-sync-script/2.1";

const TEXT = {
  en: {
    table: "Where you are signed in",
    intro:
      "Sign out any device you do not recognise or no longer use. No address or place is shown for any device: the app keeps none.",
    devices: [
      /^Chrome on Android\s*This device\s*Phone$/,
      new RegExp(`^Unknown device\\s*It calls itself “${SCRIPT}”$`),
      /^Safari on iOS\s*Phone: iPhone$/,
      /^Firefox on Windows\s*Computer$/,
    ],
    signedIn: "Signed in (Central time)",
    lastUsed: "Last used (Central time)",
    actions: "Actions",
    signOutFirefox: /^Sign out Firefox on Windows \(signed in .*\d{4}.*\)$/,
    endOthers: "Sign out everywhere else",
    othersEnded: "Every other device was signed out.",
  },
  es: {
    table: "Dónde tiene la sesión iniciada",
    intro:
      "Puede cerrar sesión en cualquier dispositivo que no reconozca o que ya no use. No se muestra la dirección ni el lugar de ningún dispositivo: la aplicación no los guarda.",
    devices: [
      /^Chrome en Android\s*Este dispositivo\s*Teléfono$/,
      new RegExp(`^Dispositivo desconocido\\s*Se identifica como «${SCRIPT}»$`),
      /^Safari en iOS\s*Teléfono: iPhone$/,
      /^Firefox en Windows\s*Computadora$/,
    ],
    signedIn: "Primer acceso (hora del centro)",
    lastUsed: "Último uso (hora del centro)",
    actions: "Acciones",
    signOutFirefox: /^Cerrar sesión en Firefox en Windows \(primer acceso: .*\d{4}.*\)$/,
    endOthers: "Cerrar sesión en todos los demás dispositivos",
    othersEnded: "Se cerró la sesión en todos los demás dispositivos.",
  },
} as const;

const OCTETS = { en: 92, es: 96 } as const;

for (const locale of ["en", "es"] as const) {
  test.describe(`devices on the account page (${locale})`, () => {
    test.use(fromAddress(OCTETS[locale]));

    test("tells each device apart by browser, system and kind, marks this one, shows no address and no empty label, and signs the others out", async ({
      page,
      browser,
    }) => {
      const text = TEXT[locale];
      const account = newAccount("EDITOR");
      await createAccount(page, account);
      // This phone first (the project's Pixel 7), then three others, each from an address of its own.
      await signIn(page, account, locale);
      const others = [];
      for (const [index, userAgent] of [FIREFOX_ON_WINDOWS, SAFARI_ON_IPHONE, SCRIPT].entries()) {
        const context = await browser.newContext({ baseURL, userAgent, ...fromAddress(OCTETS[locale] + 1 + index) });
        const other = await context.newPage();
        await signIn(other, account, locale);
        others.push(context);
      }

      await page.goto(`/${locale}/admin/account`);
      await expect(page.getByText(text.intro)).toBeVisible();
      const sessions = page.getByRole("table", { name: text.table });
      // This device first, then the others, last used first.
      await expect(sessions.getByRole("rowheader")).toHaveText(text.devices);
      await expect(sessions).not.toContainText("198.51.100");
      const rows = sessions.getByRole("row").filter({ has: page.getByRole("rowheader") });
      await expect(rows.first().locator(`td[data-label="${text.signedIn}"]`)).toHaveText(/\d{4}/);
      await expect(rows.first().locator(`td[data-label="${text.lastUsed}"]`)).toHaveText(/\d{4}/);
      // On a phone each row is a card whose values carry their column's name: this device's card has no sign-out button, so no "Actions" label either.
      await expect(rows.first().locator(`td[data-label="${text.actions}"]`)).toHaveCount(0);
      await expect(rows.nth(3).locator(`td[data-label="${text.actions}"]`)).toHaveCount(1);
      await expect(rows.first().locator("td:visible")).toHaveCount(2);
      // Two devices of one kind still differ by when they signed in, which each button names.
      await expect(rows.nth(3).getByRole("button", { name: text.signOutFirefox })).toBeVisible();
      expect(await axeViolations(page, `${locale}: account, devices`)).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

      await page.getByRole("button", { name: text.endOthers }).click();
      await expect(page.getByRole("status")).toHaveText(text.othersEnded);
      await expect(sessions.getByRole("rowheader")).toHaveText([text.devices[0]]);
      for (const context of others) {
        const other = context.pages()[0]!;
        await other.goto(`/${locale}/admin`);
        await expect(other).toHaveURL(new RegExp(`/${locale}/admin/login$`));
        await context.close();
      }
    });
  });
}
