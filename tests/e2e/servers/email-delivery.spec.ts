import { expect, test, type Browser, type Page } from "@playwright/test";
import { startAppServer, type AppServer } from "../support/app-server";
import { freePort } from "../support/free-port";
import { freshAppDatabase, type FreshAppDatabase } from "../support/fresh-app-database";
import { dallasDate, publishFromEditPage, uniqueName } from "../support/meeting-form";
import { REQUEST_FORM_PATH } from "../support/public-pages";
import { fillRequest, submitRequest } from "../support/resident-forms";
import { addPartnerPlace, addStaffAccount, DEMO_ADMIN, signIn, uniqueSuffix } from "../support/staff";
import { MEETING_TEXT } from "@/tests/support/meeting-factory";
import { zonedDateTimeToInstant } from "@/lib/time/central-time";
import { formatMeetingWhen } from "@/lib/time/format";
import { SmtpSink, type ReceivedEmail } from "@/tests/support/smtp-sink";

/**
 * Issue #29 end to end in Spanish, through a real SMTP server (SmtpSink) and
 * an app server of the test's own sending through it (SMTP_URL): a pastor's
 * request reaches the staff member who handles requests as one email within
 * a minute; then, with the mail server stopped for two minutes, staff
 * accept the request, publish the meeting at a partner place and move its
 * time. Once the server is back, the partner has the publish notice and
 * then the change notice, each once, in both languages; nothing is left
 * waiting or failed in the outbox.
 */

const OUTAGE_MS = 120_000;
/** The sender retries after 30 s, 1, 2, 4 minutes: the last retries before the server is back fall up to 4 minutes after it. */
const DELIVERY_AFTER_OUTAGE_MS = 240_000;
/** How long the test watches for a message arriving twice once everything has arrived. */
const DUPLICATE_WATCH_MS = 15_000;

/** Intl's thin and narrow no-break spaces as plain ones, to read times as they look. */
const plainSpaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ");
const textOf = (email: ReceivedEmail) => plainSpaces(email.mail.text ?? "");
const htmlOf = (email: ReceivedEmail) => (typeof email.mail.html === "string" ? email.mail.html : "");
/** The raw message's header lines, unfolded. */
const headersOf = (email: ReceivedEmail) =>
  email.raw.slice(0, email.raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, " ");

/** A meeting's time as Dallas time text, as the notices print it. */
function when(date: string, start: string, end: string, locale: "es" | "en"): string {
  const [from, to] = [start, end].map((time) => {
    const zoned = zonedDateTimeToInstant(date, time);
    if (!zoned.ok) throw new Error(`${date} ${time}: ${zoned.reason}`);
    return zoned.instant;
  }) as [Date, Date];
  return plainSpaces(formatMeetingWhen(from, to, locale));
}

async function signedInPage(browser: Browser, baseURL: string, account: { email: string; password: string }) {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, account, "es");
  return page;
}

/** A partner place made through the staff form, and its address for notices, added with consent; returns the place's name. */
async function addPartnerPlaceWithContact(page: Page, address: string): Promise<string> {
  const placeName = uniqueName("Iglesia Bethel");
  await addPartnerPlace(page, placeName);
  const contacts = page.getByRole("region", { name: "Avisos a este socio" });
  await contacts.locator("#contact-address").fill(address);
  await contacts.locator("#contact-consentNote").fill("El pastor Ruiz, por teléfono");
  await contacts.getByRole("button", { name: "Añadir dirección" }).click();
  await expect(page).toHaveURL(/\/es\/admin\/venues\/[a-z0-9]+\?contact=added$/);
  await expect(contacts.locator(`li[data-contact="${address}"]`)).toContainText("Recibe avisos");
  return placeName;
}

test("in Spanish through a real SMTP server: a request emails its handler once within a minute; with the server down for two minutes, accepting, publishing and moving the meeting still reach the partner as the publish notice, then the change notice, each once, in both languages", async ({
  browser,
}) => {
  test.setTimeout(9 * 60_000);
  const sink = new SmtpSink();
  await sink.start();
  let database: FreshAppDatabase | null = null;
  let app: AppServer | null = null;
  try {
    database = await freshAppDatabase("email");
    const port = await freePort();
    // The site's own address as SITE_URL: the sign-in form's origin, and the links in the emails.
    app = await startAppServer(port, {
      ...database.env,
      SITE_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: sink.url,
      EMAIL_FROM: "Encuentros <avisos@encuentros.test>",
    });
    const base = app.baseURL;

    // The staff member who handles requests: an editor, with notices at once (every new account's default).
    const admin = await signedInPage(browser, base, DEMO_ADMIN);
    const handler = {
      name: "Encargada de solicitudes",
      email: `solicitudes-${uniqueSuffix()}@encuentros.test`,
      password: "a-long-request-handler-passphrase-2027",
      role: "EDITOR" as const,
    };
    await addStaffAccount(admin, handler, "es");
    const staff = await signedInPage(browser, base, handler);
    await staff.goto("/es/admin/account");
    await expect(staff.getByLabel("Al momento, un correo por cada aviso")).toBeChecked();

    const partnerAddress = `pastor-${uniqueSuffix()}@bethel.example.org`;
    const placeName = await addPartnerPlaceWithContact(admin, partnerAddress);

    // The pastor, signed out, asks for a session.
    const pastorEmail = `marta-${uniqueSuffix()}@example.org`;
    const church = { organization: uniqueName("Iglesia San Pablo"), date: dallasDate(10) };
    const pastor = await (await browser.newContext({ baseURL: base })).newPage();
    await pastor.goto(REQUEST_FORM_PATH.es);
    await fillRequest(pastor, church);
    await pastor.getByLabel("Correo electrónico de contacto").fill(pastorEmail);
    await submitRequest(pastor);
    await expect(pastor.getByRole("status")).toContainText("Gracias. Recibimos su solicitud.");
    const requested = Date.now();

    const toHandler = () => sink.received.filter((email) => email.rcptTo.includes(handler.email));
    await expect.poll(() => toHandler().length, { timeout: 60_000, intervals: [500] }).toBeGreaterThan(0);
    expect(Date.now() - requested, "the handler's email within a minute").toBeLessThan(60_000);
    const [notice] = toHandler();
    expect(notice!.mail.subject).toBe(`Nueva solicitud de reunión de ${church.organization}`);
    expect(notice!.mail.headers.get("content-language")).toBe("es");
    expect(textOf(notice!)).toMatch(new RegExp(`${base}/es/admin/requests/[a-z0-9]+`));
    for (const secret of ["214-555-0142", "2145550142", pastorEmail, "Marta Ruiz"]) {
      expect(notice!.raw).not.toContain(secret);
      expect(textOf(notice!)).not.toContain(secret);
      expect(htmlOf(notice!)).not.toContain(secret);
    }

    // The mail server goes away.
    await sink.stop();
    const stoppedAt = Date.now();

    // The handler accepts the request as a draft at the partner place, and publishes it.
    await staff.goto("/es/admin/requests");
    await staff.getByRole("link", { name: `Abrir la solicitud de ${church.organization}` }).click();
    await staff.getByLabel("Lugar", { exact: true }).selectOption({ label: placeName });
    await staff.getByRole("button", { name: "Aceptar y crear el borrador" }).click();
    await expect(staff).toHaveURL(/\/es\/admin\/meetings\/[a-z0-9]+$/);
    await expect(staff.getByTestId("publication-state")).toContainText("Borrador");
    await expect(staff.locator("#venueId option:checked")).toHaveText(placeName);
    const titleEs = await staff.locator("#titleEs").inputValue();
    const titleEn = await staff.locator("#titleEn").inputValue();
    const meetingPath = new URL(staff.url()).pathname;
    // A request carries no description: the handler writes one in each language before publishing.
    await staff.locator("#descriptionEn").fill(MEETING_TEXT.descriptionEn);
    await staff.locator("#descriptionEs").fill(MEETING_TEXT.descriptionEs);
    await staff.getByRole("button", { name: "Guardar cambios" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Cambios guardados en el borrador" })).toBeVisible();
    await publishFromEditPage(staff, "es");
    await expect(staff.getByTestId("publication-state")).toContainText("Publicada");
    // The move comes after the first minute of the outage: the two notices' retries then fall on either side of the
    // server's return (the publish notice's third try before it, the change notice's after), as they would for staff
    // who take their time; each must still arrive in the order it was written.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, stoppedAt + 45_000 - Date.now())));
    await staff.goto(meetingPath);
    await staff.locator("#startTime").fill("19:00");
    await staff.locator("#endTime").fill("20:30");
    await staff.getByRole("button", { name: "Guardar cambios" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Cambios guardados" })).toBeVisible();

    // Both notices wait in the outbox, the server's absence noted for admins.
    await admin.goto("/es/admin/outbox");
    const partnerRows = admin.locator('main tbody tr[data-kind="partnerNotice"]', { hasText: partnerAddress });
    await expect(partnerRows).toHaveCount(2);
    for (const row of await partnerRows.all()) await expect(row).toHaveAttribute("data-status", /QUEUED|SENDING/);
    expect(Date.now() - stoppedAt, "every save done while the server was down").toBeLessThan(OUTAGE_MS);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, stoppedAt + OUTAGE_MS - Date.now())));
    const port0 = sink.port;
    await sink.start();
    expect(sink.port).toBe(port0);

    const toPartner = () => sink.received.filter((email) => email.rcptTo.includes(partnerAddress));
    await expect
      .poll(() => toPartner().length, { timeout: DELIVERY_AFTER_OUTAGE_MS, intervals: [1_000] })
      .toBeGreaterThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, DUPLICATE_WATCH_MS));
    expect(toPartner().map((email) => email.mail.subject)).toEqual([
      `Nueva reunión: ${titleEs} / New meeting: ${titleEn}`,
      `Cambio en la reunión: ${titleEs} / Meeting changed: ${titleEn}`,
    ]);
    const [published, changed] = toPartner() as [ReceivedEmail, ReceivedEmail];

    expect(textOf(published)).toContain(`La reunión “${titleEs}” en ${placeName} ya aparece en el sitio público.`);
    expect(textOf(published)).toContain(`The meeting “${titleEn}” at ${placeName} is now on the public site.`);

    const before = { es: when(church.date, "05:15", "06:30", "es"), en: when(church.date, "05:15", "06:30", "en") };
    const after = { es: when(church.date, "19:00", "20:30", "es"), en: when(church.date, "19:00", "20:30", "en") };
    expect(textOf(changed)).toContain(`La reunión “${titleEs}” (${placeName}) cambió:`);
    expect(textOf(changed)).toContain(`Cuándo: ${before.es} → ${after.es}`);
    expect(textOf(changed)).toContain(`When: ${before.en} → ${after.en}`);
    // The announcement to paste, in both languages, at the new time.
    expect(textOf(changed)).toContain(`Reunión comunitaria con el Departamento de Policía de Dallas: ${titleEs}`);
    expect(textOf(changed)).toContain(`Community meeting with the Dallas Police Department: ${titleEn}`);
    expect(textOf(changed)).toContain(after.es);

    for (const email of [published, changed]) {
      expect(email.mail.headers.get("content-language")).toBe("es");
      const headers = headersOf(email);
      expect(headers).toMatch(new RegExp(`^List-Unsubscribe: <${base}/api/unsubscribe\\?t=[\\w-]+>$`, "m"));
      expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    }
    expect(toHandler(), "still exactly one email to the request handler").toHaveLength(1);

    // Nothing left waiting or failed.
    await admin.goto("/es/admin/outbox");
    await expect(partnerRows).toHaveCount(2);
    for (const row of await partnerRows.all()) await expect(row).toHaveAttribute("data-status", "SENT");
    await expect(admin.locator("main tbody tr[data-status]")).not.toHaveCount(0);
    for (const status of ["QUEUED", "SENDING", "FAILED"])
      await expect(admin.locator(`main tbody tr[data-status="${status}"]`), status).toHaveCount(0);
  } finally {
    await app?.kill();
    await sink.stop();
    await database?.dispose();
  }
});
