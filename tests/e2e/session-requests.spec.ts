import { expect, test } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { dallasDate, uniqueName } from "./support/meeting-form";
import { REQUEST_FORM_PATH } from "./support/public-pages";
import { fillRequest, submitRequest, testClientAddress, type Church } from "./support/resident-forms";
import { signInAsDemoAdmin } from "./support/staff";

// Without JavaScript, as a plain form post. The tests play the trusted
// reverse proxy (tests/e2e/support/start-server.ts): this run's requests
// come from an address of their own, so the hourly limit counts only them.
const address = testClientAddress();
test.use({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": address } });

test("in Spanish without JavaScript: a church requests a meeting, a bot and a sixth request are refused, and staff accept it as a prefilled draft", async ({
  page,
  browser,
  context,
}) => {
  test.setTimeout(90_000);
  const church: Church = { organization: uniqueName("Iglesia San Juan"), date: dallasDate(4) };
  const bot = uniqueName("Bot");

  await page.goto("/es/socios");
  await page.getByRole("link", { name: /Solicítela aquí/ }).click();
  await expect(page).toHaveURL(REQUEST_FORM_PATH.es);
  await expect(page.getByText("Se borran 90 días después de que su solicitud se cierre")).toBeVisible();
  await fillRequest(page, church);
  const posted = await submitRequest(page);
  await expect(page.getByRole("status")).toHaveText(
    "Gracias. Recibimos su solicitud. El personal se comunicará con usted para organizar la reunión.",
  );
  expect(await posted.headerValue("set-cookie")).toBeNull();
  expect(await context.cookies()).toEqual([]);

  // The bot is thanked like anyone else; nothing is stored (checked in the staff queue below).
  await page.goto(REQUEST_FORM_PATH.es);
  await fillRequest(page, { organization: bot, date: church.date }, "https://spam.example");
  await submitRequest(page);
  await expect(page.getByRole("status")).toContainText("Gracias");

  for (let index = 3; index <= 5; index += 1) {
    await page.goto(REQUEST_FORM_PATH.es);
    await fillRequest(page, { organization: uniqueName(`Grupo ${index}`), date: church.date });
    await submitRequest(page);
    await expect(page.getByRole("status")).toContainText("Gracias");
  }

  const sixth = uniqueName("Sexta iglesia");
  await page.goto(REQUEST_FORM_PATH.es);
  await fillRequest(page, { organization: sixth, date: church.date });
  await submitRequest(page);
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: "Se han enviado demasiadas solicitudes desde esta conexión en la última hora" }),
  ).toBeVisible();
  // Everything typed is still there.
  await expect(page.getByLabel("Nombre de su iglesia, escuela o grupo")).toHaveValue(sixth);
  await expect(page.getByLabel("Teléfono de contacto")).toHaveValue("214-555-0142");
  await expect(
    page
      .getByRole("group", { name: "Interpretación que necesita" })
      .getByRole("checkbox", { name: "lengua de señas americana" }),
  ).toBeChecked();
  expect(await context.cookies()).toEqual([]);

  // Staff, in a session of their own (with JavaScript: axe runs in the page).
  const staffContext = await browser.newContext({ javaScriptEnabled: true });
  const staff = await staffContext.newPage();
  await signInAsDemoAdmin(staff, "es");
  await staff.goto("/es/admin/requests");
  await expect(staff.getByRole("link", { name: `Abrir la solicitud de ${church.organization}` })).toBeVisible();
  await expect(staff.getByText(bot)).toHaveCount(0);
  await expect(staff.getByText(sixth)).toHaveCount(0);
  expect(await axeViolations(staff, "request queue")).toEqual([]);
  await staff.getByRole("link", { name: `Abrir la solicitud de ${church.organization}` }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Solicitud de ${church.organization}`);
  await expect(staff.getByText("214-555-0142")).toBeVisible();
  expect(await axeViolations(staff, "request")).toEqual([]);

  await staff.getByRole("button", { name: "Aceptar y crear el borrador" }).click();
  await expect(staff).toHaveURL(/\/es\/admin\/meetings\/[a-z0-9]+$/);
  await expect(staff.getByTestId("publication-state")).toContainText("Borrador");
  await expect(staff.locator("#date")).toHaveValue(church.date);
  await expect(staff.locator("#startTime")).toHaveValue("05:15");
  await expect(staff.locator("#endTime")).toHaveValue("06:30");
  await expect(staff.locator("#venueId option:checked")).toContainText(church.organization);
  for (const code of ["es", "en"])
    await expect(staff.locator(`input[name=spokenLanguages][value=${code}]`)).toBeChecked();
  await expect(staff.locator("input[name=spokenLanguages][value=vi]")).not.toBeChecked();
  await expect(staff.locator("input[name=interpretation][value=asl]")).toBeChecked();
  await staffContext.close();
});

test("in Spanish without JavaScript: a preferred date already past is refused with everything typed kept, and staff accept a request on a date they choose", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  // An address of its own: the test above uses up its address's hourly requests.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` },
  });
  const page = await context.newPage();
  const church: Church = { organization: uniqueName("Iglesia del Pasado"), date: dallasDate(-3) };
  await page.goto(REQUEST_FORM_PATH.es);
  const date = page.getByLabel("Fecha preferida");
  await expect(date).toHaveAttribute("min", dallasDate(0));
  await expect(date).toHaveAttribute("max", dallasDate(365));
  await fillRequest(page, church);
  await submitRequest(page);
  await expect(page.locator("#preferredDate-error")).toHaveText(
    "Esa fecha ya pasó. Por favor, elija hoy o una fecha posterior.",
  );
  await expect(page.getByRole("status")).toHaveCount(0);
  await expect(page.getByLabel("Nombre de su iglesia, escuela o grupo")).toHaveValue(church.organization);
  await expect(date).toHaveValue(church.date);
  await expect(page.getByLabel("Hora de inicio")).toHaveValue("05:15");
  await expect(page.getByLabel("Teléfono de contacto")).toHaveValue("214-555-0142");
  await expect(
    page
      .getByRole("group", { name: "Interpretación que necesita" })
      .getByRole("checkbox", { name: "lengua de señas americana" }),
  ).toBeChecked();

  await date.fill(dallasDate(5));
  await submitRequest(page);
  await expect(page.getByRole("status")).toContainText("Gracias. Recibimos su solicitud.");
  await context.close();

  const staffContext = await browser.newContext({ javaScriptEnabled: true });
  const staff = await staffContext.newPage();
  await signInAsDemoAdmin(staff, "es");
  await staff.goto("/es/admin/requests");
  await staff.getByRole("link", { name: `Abrir la solicitud de ${church.organization}` }).click();
  await expect(staff.getByLabel("Fecha de la reunión")).toHaveValue(dallasDate(5));
  await staff.getByLabel("Fecha de la reunión").fill(dallasDate(6));
  expect(await axeViolations(staff, "accept a request")).toEqual([]);
  await staff.getByRole("button", { name: "Aceptar y crear el borrador" }).click();
  await expect(staff).toHaveURL(/\/es\/admin\/meetings\/[a-z0-9]+$/);
  await expect(staff.locator("#date")).toHaveValue(dallasDate(6));
  await expect(staff.locator("#startTime")).toHaveValue("05:15");
  await staffContext.close();
});
