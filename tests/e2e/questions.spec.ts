import { expect, test, type Browser } from "@playwright/test";
import pg from "pg";
import { siblingDatabaseName } from "../support/fresh-postgres-database";
import { axeViolations } from "./support/axe";
import { MEETING_TEXT } from "./support/meeting-pages";
import { firstMeetingPath } from "./support/public-pages";
import { askQuestion, testClientAddress } from "./support/resident-forms";
import { signInAsDemoAdmin, uniqueSuffix } from "./support/staff";

// The resident's part: without JavaScript, as a plain form post. The tests
// play the trusted reverse proxy (tests/e2e/support/start-server.ts): this
// run's requests come from an address of their own, so the hourly limit
// counts only them, and the test can look for that address in the database.
const address = testClientAddress();
test.use({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": address } });

// Every column the Question table may have: nothing about the asker.
const QUESTION_COLUMNS = [
  "answerEn",
  "answerEs",
  "answeredByRole",
  "createdAt",
  "id",
  "locale",
  "meetingId",
  "publishedAt",
  "status",
  "text",
];

/**
 * The stored row, read straight from the end-to-end server's database. On
 * PostgreSQL that is `<DATABASE_URL's database>_e2e`; an embedded PGlite
 * folder can be opened by one process only (the server holds it), so there
 * (without DATABASE_URL) the integration test
 * (tests/integration/questions.test.ts) checks the same.
 */
async function storedQuestion(text: string): Promise<Record<string, unknown>[] | null> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl?.match(/^postgres(ql)?:\/\//i)) return null;
  const url = new URL(serverUrl);
  url.pathname = `/${siblingDatabaseName(serverUrl, "e2e")}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const columns = await client.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'Question'`,
    );
    expect(columns.rows.map((row) => row.column_name).sort()).toEqual(QUESTION_COLUMNS);
    return (await client.query(`select * from "Question" where text = $1`, [text])).rows;
  } finally {
    await client.end();
  }
}

async function publicContextWithScript(browser: Browser) {
  return browser.newContext({ javaScriptEnabled: true, extraHTTPHeaders: { "x-forwarded-for": address } });
}

test("Without JavaScript, in Spanish: a resident asks a question (the stored row holds no address or identifier — checked in the database), staff answer it in both languages and publish, and it appears on the meeting page in each language", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  const question = `¿Pueden pedirme papeles si voy a la reunión? ${uniqueSuffix()}`;
  const answerEs = `No. En la reunión nadie le pedirá documentos. ${uniqueSuffix()}`;
  const answerEn = `No. Nobody at the meeting will ask for documents. ${uniqueSuffix()}`;

  const spanishPath = await firstMeetingPath(page, "es");
  const slug = spanishPath.split("/").pop()!;
  const englishPath = `/en/${MEETING_TEXT.en.segment}/${slug}`;
  await page.goto(spanishPath);
  await expect(page.getByRole("heading", { name: "Preguntas y respuestas" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Haga una pregunta sin dar su nombre" })).toBeVisible();
  await expect(
    page.getByText(
      "Lo que guardamos: su pregunta y la reunión a la que se refiere. Nada más: ni nombre, ni correo electrónico, ni dirección IP.",
    ),
  ).toBeVisible();

  // Too long: refused with the limit named in Spanish, and everything typed is still there.
  const tooLong = `${question} ${"x".repeat(1000)}`;
  await askQuestion(page, tooLong);
  await expect(page.getByRole("alert")).toContainText("Por favor, use como máximo 1000 caracteres.");
  await expect(page.getByLabel("Su pregunta")).toHaveValue(tooLong);

  const posted = await askQuestion(page, question);
  await expect(page.getByRole("status")).toHaveText(
    "Gracias. Su pregunta se envió sin su nombre. Si el personal la responde públicamente, la respuesta aparecerá en esta página.",
  );
  expect(await posted.headerValue("set-cookie")).toBeNull();
  expect(await context.cookies()).toEqual([]);

  const rows = await storedQuestion(question);
  if (rows === null) {
    test.info().annotations.push({
      type: "database",
      description: "PGlite: the server holds the database; tests/integration/questions.test.ts checks the stored row",
    });
  } else {
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      text: question,
      locale: "es",
      status: "NEW",
      answeredByRole: null,
      publishedAt: null,
    });
    expect(JSON.stringify(row)).not.toContain(address);
    expect((row!.createdAt as Date).getTime() % (60 * 60 * 1000)).toBe(0);
  }

  // Staff, in a session of their own (with JavaScript: axe runs in the page).
  const staffContext = await browser.newContext({ javaScriptEnabled: true });
  const staff = await staffContext.newPage();
  await signInAsDemoAdmin(staff, "es");
  // Other tests ask questions too: one or more, each said in its own number.
  await expect(staff.getByRole("link", { name: /^Preguntas \((1 nueva|([2-9]|\d{2,}) nuevas)\)$/ })).toBeVisible();
  await staff.goto("/es/admin/questions");
  const open = staff.getByRole("link", { name: `Abrir la pregunta: ${question}` });
  await expect(open).toBeVisible();
  expect(await axeViolations(staff, "questions (es)")).toEqual([]);
  await open.click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Pregunta de un residente");
  await expect(staff.getByText(question)).toBeVisible();
  // Kept to the hour on purpose, and the page says so.
  await expect(
    staff.getByText(
      /^\d{1,2}\s\S+\s\d{4}, alrededor de las? \d{1,2}\s[ap]\.\sm\. \(redondeada a la hora, para proteger a quien preguntó\)$/,
    ),
  ).toBeVisible();
  expect(await axeViolations(staff, "question (es)")).toEqual([]);
  await staff.getByLabel("Respuesta en inglés").fill(answerEn);
  await staff.getByLabel("Respuesta en español").fill(answerEs);
  await staff.getByRole("button", { name: "Guardar la respuesta" }).click();
  await expect(staff.getByRole("status")).toHaveText("Guardado.");
  await staff.getByRole("button", { name: "Publicar" }).click();
  await expect(staff.getByRole("button", { name: "Dejar de publicar" })).toBeVisible();
  await expect(staff.getByText("Publicada", { exact: true })).toBeVisible();
  const questionUrl = new URL(staff.url()).pathname;
  // The same staff pages in English.
  await staff.goto(questionUrl.replace("/es/", "/en/"));
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Question from a resident");
  await expect(
    staff.getByText(
      /^[A-Z][a-z]{2} \d{1,2}, \d{4}, around \d{1,2}\s[AP]M \(rounded to the hour, to protect the person who asked\)$/,
    ),
  ).toBeVisible();
  expect(await axeViolations(staff, "question (en)")).toEqual([]);
  await staff.goto("/en/admin/questions?status=PUBLISHED");
  await expect(staff.getByRole("link", { name: `Open the question: ${question}` })).toBeVisible();
  expect(await axeViolations(staff, "questions (en)")).toEqual([]);
  await staffContext.close();

  // The resident, still without JavaScript, reads the answer in each language, with the role and no name.
  await page.goto(spanishPath);
  const spanish = page.getByRole("region", { name: "Preguntas y respuestas" });
  await expect(spanish.getByText(question)).toBeVisible();
  await expect(spanish.getByText(answerEs)).toBeVisible();
  await expect(spanish.getByText("Respondida por: una persona administradora del sitio").first()).toBeVisible();
  await expect(spanish.getByText(answerEn)).toHaveCount(0);
  await page.goto(englishPath);
  const english = page.getByRole("region", { name: "Questions and answers" });
  await expect(english.getByText(question)).toBeVisible();
  await expect(english.getByText(answerEn)).toBeVisible();
  await expect(english.getByText("Answered by: a site administrator").first()).toBeVisible();
  await expect(page.getByText("Demo Admin")).toHaveCount(0);
  expect(await context.cookies()).toEqual([]);

  // The page of every answered question, in each language, links to the meeting.
  await page.goto("/es/preguntas");
  await expect(page.getByText(answerEs)).toBeVisible();
  await page.goto("/en/questions");
  await expect(page.getByText(answerEn)).toBeVisible();
  await expect(page.locator(`a[href="${englishPath}"]`).first()).toBeVisible();
});

test("the question pages have no axe violations and set no cookies, in both languages", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const withScript = await publicContextWithScript(browser);
  const reader = await withScript.newPage();
  for (const locale of ["en", "es"] as const) {
    const meeting = await firstMeetingPath(page, locale);
    const paths =
      locale === "en" ? [meeting, "/en/what-to-know", "/en/questions"] : [meeting, "/es/que-saber", "/es/preguntas"];
    for (const path of paths) {
      const response = await reader.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await response?.headerValue("set-cookie"), path).toBeNull();
      await expect(
        reader
          .getByRole("heading", { name: locale === "en" ? "Questions and answers" : "Preguntas y respuestas" })
          .first(),
      ).toBeVisible();
      expect(await axeViolations(reader, path)).toEqual([]);
    }
    // The form with an error showing (checked in the browser before posting).
    await reader.goto(locale === "en" ? "/en/what-to-know" : "/es/que-saber");
    await reader.getByRole("button", { name: locale === "en" ? "Send my question" : "Enviar mi pregunta" }).click();
    await expect(
      reader.getByRole("alert").filter({ hasText: locale === "en" ? "Your question" : "Su pregunta" }),
    ).toBeVisible();
    expect(await axeViolations(reader, `${locale} question form with an error`)).toEqual([]);
  }
  expect(await withScript.cookies()).toEqual([]);
  await withScript.close();
});
