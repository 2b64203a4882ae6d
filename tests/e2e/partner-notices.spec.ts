import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { dallasDate, PUBLISH_LABELS, uniqueName } from "./support/meeting-form";
import { addPartnerPlace, sidewaysScroll, signIn } from "./support/staff";
import { MEETING_TEXT } from "../support/meeting-factory";

// The end-to-end server runs in local mode without SMTP_URL: each notice is
// written and kept in the outbox, where the staff (and this test) read it.

const PHONE = { width: 360, height: 740 };

/** Intl's thin and narrow no-break spaces as plain ones, to read times as they look. */
const plainSpaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ");

/** The outbox rows of partner notices to `address`, newest first, once the sender has kept `count` of them (it runs every 5 s). */
async function keptNotices(page: Page, address: string, count: number) {
  const rows = page.locator('main tbody tr[data-kind="partnerNotice"]', { hasText: address });
  await expect(async () => {
    await page.goto("/es/admin/outbox");
    await expect(rows).toHaveCount(count, { timeout: 1000 });
    for (const row of await rows.all()) await expect(row).toHaveAttribute("data-status", "KEPT", { timeout: 1000 });
  }).toPass({ timeout: 45_000 });
  return rows;
}

/** A notice's plain text, as its outbox page shows it. */
async function noticeText(page: Page, row: ReturnType<Page["locator"]>): Promise<string> {
  await row.getByRole("link").click();
  await expect(page.locator("main pre")).toBeVisible();
  return plainSpaces((await page.locator("main pre").textContent()) ?? "");
}

test("in Spanish: staff add a partner's address with consent, publish a meeting there and move its time; the outbox shows the publish notice, then the change notice with old and new time, each once; the link stops the notices without JavaScript", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  await signIn(page, undefined, "es");
  const address = `${uniqueName("pastor").replace(/\s+/g, "-").toLowerCase()}@bethel.example.org`;
  const placeName = uniqueName("Iglesia Bethel");

  // A partner place.
  const venuePath = await addPartnerPlace(page, placeName);

  // Its contact for notices: the consent is required, and said so in Spanish.
  const contacts = page.getByRole("region", { name: "Avisos a este socio" });
  await expect(contacts).toContainText("Todavía ninguna dirección recibe avisos.");
  await contacts.locator("#contact-address").fill(address);
  await contacts.getByRole("button", { name: "Añadir dirección" }).click();
  await expect(contacts.getByRole("alert")).toContainText("Consentimiento (obligatorio)");
  await expect(contacts.locator("#contact-address")).toHaveValue(address);
  await contacts.locator("#contact-consentNote").fill("El pastor Ruiz, por teléfono el 3 de diciembre");
  await contacts.getByRole("button", { name: "Añadir dirección" }).click();
  await expect(page).toHaveURL(new RegExp(`${venuePath}\\?contact=added$`));
  const listed = contacts.locator(`li[data-contact="${address}"]`);
  await expect(listed).toContainText("Consentimiento: El pastor Ruiz, por teléfono el 3 de diciembre");
  await expect(listed).toContainText("Recibe avisos");
  await page.setViewportSize(PHONE);
  expect(await sidewaysScroll(page)).toBe(0);
  expect(await axeViolations(page, "es venue page with notice contacts")).toEqual([]);

  // A meeting there, saved as a draft first: a draft tells nobody.
  const titleEs = uniqueName("Reunión en Bethel");
  const date = dallasDate(9);
  await page.goto("/es/admin/meetings/new");
  await page.locator("#date").fill(date);
  await page.locator("#startTime").fill("18:30");
  await page.locator("#endTime").fill("20:00");
  await page.locator("#venueId").selectOption({ label: placeName });
  await page.locator("#titleEn").fill(`${titleEs} (en)`);
  await page.locator("#titleEs").fill(titleEs);
  await page.locator("#descriptionEn").fill(MEETING_TEXT.descriptionEn);
  await page.locator("#descriptionEs").fill(MEETING_TEXT.descriptionEs);
  await page.locator("#hostName").fill(MEETING_TEXT.hostName);
  await page.getByRole("button", { name: PUBLISH_LABELS.es.start, exact: true }).click();
  await expect(page).toHaveURL(/\/es\/admin\/meetings\/[a-z0-9]+\?saved=created$/);
  const meetingPath = new URL(page.url()).pathname;
  await page.getByRole("button", { name: PUBLISH_LABELS.es.confirm, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/meetings\/[a-z0-9]+\?saved=published$/);

  const [published] = await (await keptNotices(page, address, 1)).all();
  const publishText = await noticeText(page, published!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Nueva reunión: ${titleEs} / New meeting: ${titleEs} (en)`,
  );
  expect(publishText).toContain(`La reunión “${titleEs}” en ${placeName} ya aparece en el sitio público.`);
  expect(publishText).toContain(`The meeting “${titleEs} (en)” at ${placeName} is now on the public site.`);

  // Its time moves from 6:30 to 8:00 PM.
  await page.goto(meetingPath);
  await page.locator("#startTime").fill("20:00");
  await page.locator("#endTime").fill("21:00");
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cambios guardados" })).toBeVisible();

  const rows = await keptNotices(page, address, 2);
  await expect(rows.nth(1)).toContainText(`Nueva reunión: ${titleEs}`);
  await expect(rows.nth(0)).toContainText(`Cambio en la reunión: ${titleEs}`);
  expect(await axeViolations(page, "es outbox with partner notices")).toEqual([]);
  const changeText = await noticeText(page, rows.nth(0));
  expect(changeText).toMatch(/Cuándo: .* 6:30 – 8:00 p\. m\. → .* 8:00 – 9:00 p\. m\./);
  expect(changeText).toMatch(/When: .* 6:30 – 8:00 PM → .* 8:00 – 9:00 PM/);
  expect(changeText).toContain(`Reunión comunitaria con el Departamento de Policía de Dallas: ${titleEs}`);
  expect(changeText).toContain(`Community meeting with the Dallas Police Department: ${titleEs} (en)`);
  const link = /https?:\/\/\S+\/api\/unsubscribe\?t=[\w-]+/.exec(changeText)?.[0];
  expect(link, changeText).toBeTruthy();
  await expect(page.frameLocator("main iframe").locator('div[lang="en"] h2')).toHaveText(
    "A meeting at your place has changed",
  );

  /** axe's findings on a page of its own, opened in a context with JavaScript (axe is a script). */
  const axeWithScript = async (path: string, where: string) => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const reader = await context.newPage();
      await reader.goto(path);
      await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
      return await axeViolations(reader, where);
    } finally {
      await context.close();
    }
  };

  // The partner stops the notices, without JavaScript and without cookies.
  const partner = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  try {
    const tab = await partner.newPage();
    const path = new URL(link!).pathname + new URL(link!).search;
    await tab.goto(path);
    await expect(tab.locator("html")).toHaveAttribute("lang", "es");
    await expect(tab.getByRole("heading", { level: 1 })).toHaveText(
      "¿Dejar de recibir los avisos sobre las reuniones en su lugar?",
    );
    await expect(tab.getByRole("heading", { level: 2 })).toHaveText("Stop the notices about meetings at your place?");
    await expect(tab.locator('section[lang="en"]').getByRole("button", { name: "Stop the notices" })).toBeVisible();
    // axe runs as a script: the same page, in a browser with JavaScript on (a GET changes nothing).
    expect(await axeWithScript(path, "unsubscribe page")).toEqual([]);
    await tab.getByRole("button", { name: "Dejar de recibir avisos" }).click();
    await expect(tab.getByRole("heading", { level: 1 })).toHaveText("Ya no recibirá más avisos");
    await expect(tab.getByRole("heading", { level: 2 })).toHaveText("You will receive no more notices");
    expect(await axeWithScript(path, "unsubscribe page, done")).toEqual([]);
    // A mail program's one-click POST comes from its own servers, without this site's Origin: it reaches the route (again, harmlessly).
    const oneClick = await partner.request.post(path, { form: { "List-Unsubscribe": "One-Click" } });
    expect(oneClick.status()).toBe(200);
    expect(oneClick.headers()["set-cookie"]).toBeUndefined();
    expect(await oneClick.text()).toContain("Ya no recibirá más avisos");
    // Opening the link again says it is done; a made-up key is refused in both languages.
    await tab.goto(path);
    await expect(tab.getByRole("heading", { level: 1 })).toHaveText("Ya no recibirá más avisos");
    const bad = await tab.goto("/api/unsubscribe?t=not-a-real-key");
    expect(bad?.status()).toBe(404);
    await expect(tab.getByRole("heading", { level: 2 })).toHaveText("This link does not work");
    expect(await partner.cookies()).toEqual([]);
  } finally {
    await partner.close();
  }

  // Staff see it, and the next change tells nobody.
  await page.goto(venuePath);
  await expect(page.locator(`li[data-contact="${address}"]`)).toContainText("Se dio de baja el");
  await page.goto(meetingPath);
  await page.locator("#startTime").fill("19:00");
  await page.locator("#endTime").fill("20:00");
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cambios guardados" })).toBeVisible();
  // A notice is written in the save's own transaction: none was.
  await keptNotices(page, address, 2);
});
