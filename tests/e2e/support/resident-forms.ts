import { type Browser, expect, type Page, type Response } from "@playwright/test";

/**
 * The residents' form posts as a resident makes them (the question and
 * request forms in Spanish): each helper presses the button and returns the
 * answer to the POST (with JavaScript off, the page the browser then shows).
 */

/** A random address in TEST-NET-2 for a spec's requests: the tests play the trusted proxy, so each spec's hourly limits count only its own posts. */
export function testClientAddress(): string {
  return `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
}

/** Presses the button of that exact name, in any language: a meeting page's taps ("Pienso venir", a language under "Necesito interpretación en…"), or any form's submit button. */
export async function postByButton(page: Page, button: string): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((answer) => answer.request().method() === "POST"),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return response;
}

const TAPS = {
  en: {
    plan: ["I plan to come", "Thank you. We counted one more person who plans to come."],
    vietnamese: ["Vietnamese", "Thank you. We counted one more request for interpretation in Vietnamese."],
  },
  es: {
    plan: ["Pienso venir", "Gracias. Contamos una persona más que piensa venir."],
    vietnamese: ["Vietnamita", "Gracias. Contamos una solicitud más de interpretación en vietnamita."],
  },
} as const;

/**
 * A resident's two taps on a meeting page, "I plan to come" and interpretation in Vietnamese, from a
 * browser of their own without JavaScript and from an address of their own.
 */
export async function tapAsResident(browser: Browser, meetingPath: string, locale: keyof typeof TAPS): Promise<void> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": testClientAddress() },
  });
  const resident = await context.newPage();
  await resident.goto(meetingPath);
  for (const [button, thanks] of [TAPS[locale].plan, TAPS[locale].vietnamese]) {
    await postByButton(resident, button);
    await expect(resident.getByText(thanks)).toBeVisible();
  }
  await context.close();
}

/** Asks a question on the page's form (a meeting page or "Qué saber"); an empty text asks nothing. */
export async function askQuestion(page: Page, text: string): Promise<Response> {
  await page.getByLabel("Su pregunta").fill(text);
  return postByButton(page, "Enviar mi pregunta");
}

export type Church = { organization: string; date: string };

/** Fills the whole "request a session" form, the hidden honeypot too when given (as a bot would). */
export async function fillRequest(page: Page, { organization, date }: Church, honeypot = "") {
  await page.getByLabel("Nombre de su iglesia, escuela o grupo").fill(organization);
  await page.getByLabel("Dirección donde sería la reunión").fill("2100 Avenida Ross");
  await page.getByLabel("Código postal").fill("75201");
  await page.getByLabel("Fecha preferida").fill(date);
  await page.getByLabel("Hora de inicio").fill("05:15");
  await page.getByLabel("Hora de fin").fill("06:30");
  await page
    .getByRole("group", { name: "Idiomas que habla su gente" })
    .getByRole("checkbox", { name: "inglés" })
    .check();
  await page
    .getByRole("group", { name: "Interpretación que necesita" })
    .getByRole("checkbox", { name: "lengua de señas americana" })
    .check();
  await page.getByLabel("Cuántas personas asistirían, más o menos").fill("80");
  await page.getByLabel("Persona de contacto").fill("Marta Ruiz");
  await page.getByLabel("Teléfono de contacto").fill("214-555-0142");
  // A person never sees this field (display: none); a bot fills every field it finds.
  if (honeypot)
    await page.locator("#website").evaluate((input: HTMLInputElement, value) => (input.value = value), honeypot);
  await expect(page.getByLabel("Nombre de su iglesia, escuela o grupo")).toHaveValue(organization);
}

export async function submitRequest(page: Page): Promise<Response> {
  return postByButton(page, "Enviar la solicitud");
}
