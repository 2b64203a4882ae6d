import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { axeViolations } from "./support/axe";
import { dallasDate, fillNewMeeting, PUBLISH_LABELS, uniqueName } from "./support/meeting-form";
import { nextWholeMinute } from "./support/publishing";
import {
  addPasskey,
  addVirtualAuthenticator,
  confirmWithCodeOnceAsked,
  enrolAuthenticator,
  fromAddress,
  makeNewBackupCodes,
  newAccount,
  passwordStep,
  removePasskey,
  resetSecondFactorOf,
  saveEditorsSettingUnchanged,
  signOut,
  turnOffAuthenticator,
} from "./support/second-factor";
import { addStaffAccount, auditLogRows, DEMO_ADMIN, sidewaysScroll, signIn } from "./support/staff";

// WebAuthn refuses an IP address as a site's name: the local site's passkeys belong to "localhost".
const siteURL = baseURL.replace("127.0.0.1", "localhost");

// What the log said, in English, before entries were written as data.
const ENGLISH_SENTENCES =
  /Authenticator app turned|Passkey “|Backup code used|Second factor reset|New backup codes made|Second factor for editors|Editors (must|no longer)|Scheduled publishing|\bscheduler\b/;

test.describe("the audit log in Spanish", () => {
  test.use({ baseURL: siteURL, ...fromAddress(90) });

  test("words every second-factor event in Spanish, and names scheduled publishing and who set its time", async ({
    page,
    context,
    browser,
  }) => {
    // A scheduled minute to wait for, and a proof of identity to run out (a minute on the test server), side by side.
    test.setTimeout(240_000);
    await addVirtualAuthenticator(context, page);
    const account = newAccount("EDITOR");
    const person = `${account.name} <${account.email}>`;

    // The demo admin adds the account and schedules a meeting for the next whole minute.
    await signIn(page, DEMO_ADMIN, "es");
    await addStaffAccount(page, account, "es");
    const titleEs = uniqueName("Programada");
    await page.goto("/es/admin/meetings/new");
    await fillNewMeeting(page, {
      titleEn: uniqueName("Scheduled"),
      titleEs,
      venueName: uniqueName("Salón programado"),
      date: dallasDate(3),
      startTime: "07:00",
      endTime: "07:45",
    });
    await page.getByRole("button", { name: PUBLISH_LABELS.es.start, exact: true }).click();
    await expect(page).toHaveURL(/\/es\/admin\/meetings\/[a-z0-9]+\?saved=created$/);
    const when = nextWholeMinute();
    await page.locator("#publish-publishDate").fill(when.date);
    await page.locator("#publish-publishTime").fill(when.time);
    await page.getByRole("button", { name: PUBLISH_LABELS.es.confirm, exact: true }).click();
    await expect(page).toHaveURL(/\?saved=scheduled$/);
    await signOut(page);

    // A second device signs in now; its proof runs out while the first one works.
    const laptop = await browser.newContext({ baseURL: siteURL, ...fromAddress(91) });
    const other = await laptop.newPage();
    await signIn(other, account, "es");

    await signIn(page, account, "es");
    await page.goto("/es/admin/account");
    await addPasskey(page, "Teléfono de la oficina", "es");
    await removePasskey(page, "Teléfono de la oficina", "es");
    await enrolAuthenticator(page, account, "es");
    await page.goto("/es/admin/account");
    const codes = await makeNewBackupCodes(page, "es");
    await signOut(page);
    await passwordStep(page, account, "es");
    await page.locator("#code").fill(codes[0]!);
    await page.getByRole("button", { name: "Continuar" }).click();
    await expect(page).toHaveURL(/\/es\/admin$/);

    await signOut(page);

    await confirmWithCodeOnceAsked(other, codes[1]!, "es");
    await turnOffAuthenticator(other, "es");
    await laptop.close();
    // A passkey again (signing in is a fresh proof), so that there is a second factor to reset.
    await signIn(page, account, "es");
    await page.goto("/es/admin/account");
    await addPasskey(page, "Llave nueva", "es");
    await signOut(page);

    await signIn(page, DEMO_ADMIN, "es");
    await resetSecondFactorOf(page, account, "es");
    await saveEditorsSettingUnchanged(page, "es");

    const rows = await auditLogRows(page, "es");
    for (const sentence of [
      `Se agregó la llave de acceso «Teléfono de la oficina»: ${person}`,
      `Se quitó la llave de acceso «Teléfono de la oficina»: ${person}`,
      `Aplicación de autenticación activada: ${person}`,
      `Se crearon códigos de respaldo nuevos: ${person}`,
      `Se usó un código de respaldo para iniciar sesión: ${person}`,
      `Se usó un código de respaldo para confirmar un cambio: ${person}`,
      `Aplicación de autenticación desactivada: ${person}`,
      `Se agregó la llave de acceso «Llave nueva»: ${person}`,
      `Se restableció el segundo factor: ${person}`,
      "Los editores ya no necesitan un segundo factor",
    ]) {
      expect(
        rows.filter((row) => row.includes(sentence)),
        sentence,
      ).toHaveLength(1);
    }
    expect(rows.filter((row) => ENGLISH_SENTENCES.test(row))).toEqual([]);

    // The scheduled meeting, published by the app itself within a minute of its time: named as such, with who chose the time.
    const published = page.locator("main tbody tr", { hasText: titleEs }).filter({ hasText: "Publicación programada" });
    await expect(async () => {
      await page.goto("/es/admin/audit");
      await expect(published).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 90_000 + Math.max(0, when.at.getTime() - Date.now()), intervals: [5_000] });
    await expect(published).toContainText(`a la hora que fijó ${DEMO_ADMIN.name} <${DEMO_ADMIN.email}>`);
    await expect(published).toContainText("Reunión · publicó");
    expect(await axeViolations(page, "registro de cambios")).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  });
});
