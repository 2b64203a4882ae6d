import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { addStaffAccount, signIn, signInAsDemoAdmin, uniqueSuffix } from "./support/staff";

// The review setting is site-wide: the tests of this file run one after another.
test.describe.configure({ mode: "serial" });

/** Today in Dallas, as "Last confirmed on …" prints it in each language. */
function todayIn(locale: "en" | "es"): { key: string; printed: string } {
  const key = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Chicago",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
  const printed = new Intl.DateTimeFormat(locale === "en" ? "en-US" : "es-US", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${key}T12:00:00Z`));
  return { key, printed };
}

test.describe("statements, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an admin changes a statement's Spanish text: both languages show it dated today, and the history keeps the old text", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const tag = uniqueSuffix();
    const first = {
      en: `Officers will explain your rights ${tag}.`,
      es: `Los oficiales le explicarán sus derechos ${tag}.`,
    };
    const changed = `Los oficiales le explicarán sus derechos, en español, ${tag}.`;
    await signInAsDemoAdmin(page, "en");

    // A new statement in "What still applies" (the seeded ones stay as they are for other tests).
    await page.goto("/en/admin/statements/new");
    await page.locator("#section").selectOption("STILL_APPLIES");
    await page.locator("#position").fill("9");
    await page.locator("#statedOn").fill("2026-11-20");
    await page.locator("#textEn").fill(first.en);
    await page.locator("#textEs").fill(first.es);
    await page.locator("#sourceEn").fill("Interim Chief Michael Igo");
    await page.locator("#sourceEs").fill("Jefe interino Michael Igo");
    await page.locator("main form[novalidate] button[type=submit]").click();
    await expect(page).toHaveURL(/\/en\/admin\/statements\?saved=1$/);

    // An error keeps what was typed.
    await page.getByRole("link", { name: `Edit statement: ${first.en}` }).click();
    await page.locator("#textEs").fill(changed);
    await page.locator("#sourceUrl").fill("javascript:alert(1)");
    await page.locator("main form[novalidate] button[type=submit]").click();
    await expect(page.locator("#sourceUrl-error")).toContainText("https://");
    // Whether the department confirmed it again is asked every time, never carried over.
    await expect(page.locator("#dateChoice-error")).toHaveText(
      "Please say whether the department confirmed this statement again, so “last confirmed on” stays true.",
    );
    await expect(page.locator("#textEs")).toHaveValue(changed);
    await page.locator("#sourceUrl").fill("https://example.org/news");
    await page.getByLabel("Yes: the department said or confirmed it on the day below.").check();
    await page.locator("#statedOn").fill(todayIn("es").key);
    await page.locator("main form[novalidate] button[type=submit]").click();
    await expect(page).toHaveURL(/\/en\/admin\/statements\?saved=1$/);

    const resident = page;
    const spanish = resident.getByRole("region", { name: "Lo que sigue vigente" });
    await expect
      .poll(async () => {
        await resident.goto("/es/que-saber");
        return spanish.getByRole("listitem").filter({ hasText: changed }).count();
      })
      .toBe(1);
    await expect(spanish.getByRole("listitem").filter({ hasText: changed })).toContainText(
      `Confirmado por última vez el ${todayIn("es").printed}`,
    );
    await expect(spanish.getByRole("link", { name: "Jefe interino Michael Igo" })).toHaveAttribute(
      "href",
      "https://example.org/news",
    );

    await resident.goto("/en/what-to-know");
    await expect(
      resident.getByRole("region", { name: "What still applies" }).getByRole("listitem").filter({ hasText: first.en }),
    ).toContainText(`Last confirmed on ${todayIn("en").printed}`);

    await resident.getByRole("link", { name: "What changed, and when" }).click();
    await expect(resident).toHaveURL(/\/en\/what-to-know\/history$/);
    await resident.goto("/es/que-saber/historial");
    const history = resident.getByRole("region", { name: changed });
    await expect(history.getByRole("listitem")).toHaveCount(2);
    await expect(history.getByRole("listitem").nth(0)).toContainText(changed);
    await expect(history.getByRole("listitem").nth(1)).toContainText(first.es);
    await expect(history.getByRole("listitem").nth(1)).toContainText("declarado el 20 de noviembre de 2026");

    // A correction of the Spanish words only, keeping the date: dated apart on the page, and no change in English.
    const corrected = `${changed} (corregido)`;
    await page.goto("/en/admin/statements");
    await page.getByRole("link", { name: `Edit statement: ${first.en}` }).click();
    await page.locator("#textEs").fill(corrected);
    await page
      .getByLabel(
        `No: keep “last confirmed on ${todayIn("en").printed}” (for example, this save only corrects the wording).`,
      )
      .check();
    await page.locator("main form[novalidate] button[type=submit]").click();
    await expect(page).toHaveURL(/\/en\/admin\/statements\?saved=1$/);
    await expect
      .poll(async () => {
        await resident.goto("/es/que-saber");
        return spanish.getByRole("listitem").filter({ hasText: corrected }).count();
      })
      .toBe(1);
    await expect(spanish.getByRole("listitem").filter({ hasText: corrected })).toContainText(
      `Confirmado por última vez el ${todayIn("es").printed} · redacción cambiada por última vez el ${todayIn("es").printed}`,
    );
    await resident.goto("/es/que-saber/historial");
    await expect(resident.getByRole("region", { name: corrected }).getByRole("listitem")).toHaveCount(3);
    await resident.goto("/en/what-to-know/history");
    await expect(resident.getByRole("region", { name: first.en }).getByRole("listitem")).toHaveCount(2);
  });
});

test('"What to know" and its history: no axe violations and no cookies, in both languages', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  for (const path of ["/es/que-saber", "/es/que-saber/historial", "/en/what-to-know", "/en/what-to-know/history"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()["set-cookie"], path).toBeUndefined();
    await expect(page.locator("main h1")).toBeVisible();
    expect(await axeViolations(page, path)).toEqual([]);
  }
  expect(await context.cookies()).toEqual([]);
});

/** The admin-only setting on the statements page, as an admin switches it. */
async function setStatementReview(page: Page, on: boolean): Promise<void> {
  await page.goto("/es/admin/statements");
  const box = page.getByLabel("Los cambios a las declaraciones requieren revisión");
  await box.setChecked(on);
  await page.getByRole("button", { name: "Guardar configuración" }).click();
  await expect(page.getByText("Configuración guardada.")).toBeVisible();
}

test("in Spanish, with review on: an editor's proposed statement waits, the public page keeps the current text, and another admin approves it", async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  const tag = uniqueSuffix();
  const proposed = { en: `Officers will say their names ${tag}.`, es: `Los oficiales le dirán su nombre ${tag}.` };
  const admin = await (await browser.newContext()).newPage();
  await signInAsDemoAdmin(admin, "es");
  const editor = {
    name: "Editor de declaraciones",
    email: `statements-${tag}@example.org`,
    password: "a-long-editor-passphrase-2027",
    role: "EDITOR" as const,
  };
  await addStaffAccount(admin, editor, "es");
  await setStatementReview(admin, true);
  expect(await axeViolations(admin, "statements with the review setting")).toEqual([]);
  try {
    const editorPage = await (await browser.newContext()).newPage();
    await signIn(editorPage, editor, "es");
    await editorPage.goto("/es/admin/statements/new");
    await expect(editorPage.getByText("al guardar, usted propone el cambio")).toBeVisible();
    await editorPage.locator("#section").selectOption("STILL_APPLIES");
    await editorPage.locator("#position").fill("8");
    await editorPage.locator("#statedOn").fill("2026-11-20");
    await editorPage.locator("#textEn").fill(proposed.en);
    await editorPage.locator("#textEs").fill(proposed.es);
    await editorPage.locator("#sourceEn").fill("Interim Chief Michael Igo");
    await editorPage.locator("#sourceEs").fill("Jefe interino Michael Igo");
    await editorPage.getByRole("button", { name: "Proponer el cambio" }).click();
    await expect(editorPage).toHaveURL(/\/es\/admin\/statements\?saved=proposed$/);
    const own = editorPage.getByTestId("statement-change").filter({ hasText: proposed.es });
    await expect(own).toContainText("Usted propuso esto");
    await expect(own.getByRole("button", { name: "Aprobar" })).toHaveCount(0);
    expect(await axeViolations(editorPage, "statements with a proposal")).toEqual([]);
    expect(await (await request.get("/es/que-saber")).text()).not.toContain(proposed.es);

    await admin.goto("/es/admin/statements");
    const waiting = admin.getByTestId("statement-change").filter({ hasText: proposed.es });
    await expect(waiting).toContainText("Propuesto por Editor de declaraciones");
    expect(await axeViolations(admin, "a proposal to review")).toEqual([]);
    await waiting.getByRole("button", { name: "Aprobar" }).click();
    await expect(admin).toHaveURL(/\/es\/admin\/statements\?saved=approved$/);
    await expect.poll(async () => (await request.get("/es/que-saber")).text()).toContain(proposed.es);
  } finally {
    await setStatementReview(admin, false);
  }
});
