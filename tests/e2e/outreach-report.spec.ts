import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { axeViolations } from "./support/axe";
import { createMeetingThroughForm, dallasDate, uniqueName } from "./support/meeting-form";
import { tapAsResident } from "./support/resident-forms";
import { addStaffAccount, sidewaysScroll, signIn, signInAsDemoAdmin, uniqueSuffix } from "./support/staff";

const REPORT_PATH = { en: "/en/admin/report", es: "/es/admin/informe" } as const;
const SECTIONS = {
  en: [
    "Meetings per week",
    "“I plan to come” per meeting",
    "“I plan to come” per area",
    "Interpretation asked for and arranged",
    "Residents’ questions",
    "Meeting requests",
    "Places visited",
  ],
  es: [
    "Reuniones por semana",
    "«Pienso ir» por reunión",
    "«Pienso ir» por zona",
    "Interpretación pedida y organizada",
    "Preguntas de los vecinos",
    "Solicitudes de reunión",
    "Lugares visitados",
  ],
} as const;

/** A table's cells as text, row by row, as a reader copies them. */
async function tableText(page: Page, heading: string): Promise<string[][]> {
  const section = page.getByRole("region", { name: heading });
  await expect(section.getByRole("table")).toBeVisible();
  return section
    .getByRole("table")
    .evaluate((table) =>
      [...(table as HTMLTableElement).rows].map((row) => [...row.cells].map((cell) => cell.textContent!.trim())),
    );
}

/** The CSV file linked from a section, fetched with the page's session and read by a CSV parser. */
async function csvOf(page: Page, heading: string, linkName: string): Promise<{ bytes: Buffer; rows: string[][] }> {
  const link = page.getByRole("region", { name: heading }).getByRole("link", { name: linkName });
  await expect(link).toHaveAttribute("download", "");
  const answer = await page.request.get((await link.getAttribute("href"))!);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
  const bytes = await answer.body();
  return { bytes, rows: parse(bytes, { bom: true }) as string[][] };
}

test("in Spanish: a resident's taps show in the report's chart, table and CSV file, accents intact; axe clean and no sideways scroll on a phone", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = uniqueName("Informe");
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInAsDemoAdmin(staff, "es");
  // One long word, as church names have: the report's tables must wrap it on a phone, not widen the page.
  const venueName = uniqueName("IglesiaFamiliaBethelInternacional");
  await createMeetingThroughForm(staff, "es", {
    titleEn: title,
    titleEs: `${title} (es)`,
    venueName,
    date: dallasDate(9),
  });
  const publicPath = await staff.getByRole("link", { name: "Abrir la página pública" }).getAttribute("href");

  await tapAsResident(browser, publicPath!, "es");

  await staff.setViewportSize({ width: 360, height: 800 });
  await staff.goto(REPORT_PATH.es);
  await expect(staff.getByRole("heading", { level: 1, name: "Informe de alcance" })).toBeVisible();
  for (const heading of SECTIONS.es)
    await expect(staff.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  // Every part but the list of places is drawn, each chart titled for screen readers.
  await expect(staff.locator("main svg[role=img]")).toHaveCount(6);
  await expect(
    staff.getByRole("img", { name: "Reuniones por semana: realizadas, por venir, canceladas y aplazadas" }),
  ).toBeVisible();

  // The new meeting, with its one tap, in the chart, the table and the CSV file.
  const meetings = "«Pienso ir» por reunión";
  // The chart names a meeting by its day and place (titles repeat across a series).
  await expect(
    staff.getByRole("region", { name: meetings }).locator("svg text").filter({ hasText: venueName }),
  ).toHaveCount(1);
  const rows = await tableText(staff, meetings);
  expect(rows[0]).toEqual(["Reunión", "Lugar", "Fecha", "Toques"]);
  expect(rows.find((row) => row[0] === `${title} (es)`)?.[3]).toBe("1");
  const csv = await csvOf(staff, meetings, "Descargar esta tabla (CSV)");
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.rows[0]).toEqual(["Reunión", "Lugar", "Fecha", "Toques"]);
  const line = csv.rows.find((row) => row[0] === `${title} (es)`)!;
  expect(line[3]).toBe("1");
  expect(line[2]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00-0[56]:00$/);

  // Every table's numbers are the CSV file's: the page and the download agree.
  for (const heading of SECTIONS.es.filter((name) => name !== meetings)) {
    const shown = await tableText(staff, heading);
    const { rows: file } = await csvOf(staff, heading, "Descargar esta tabla (CSV)");
    expect(file[0], heading).toEqual(shown[0]);
    expect(file.length, heading).toBe(shown.length);
    for (const [index, row] of shown.slice(1).entries()) {
      const numbers = (cells: string[]) => cells.slice(1).filter((cell) => /^\d+$/.test(cell));
      expect(numbers(file[index + 1]!), heading).toEqual(numbers(row));
    }
  }
  const interpretation = await tableText(staff, "Interpretación pedida y organizada");
  expect(Number(interpretation.find((row) => row[0] === "vietnamita")?.[1])).toBeGreaterThanOrEqual(1);

  expect(await sidewaysScroll(staff)).toBe(0);
  expect(await axeViolations(staff, "report (es, 360 px)")).toEqual([]);
  await staffContext.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("in English the report is complete, its form narrows it, a wrong date is explained, and it prints on one page", async ({
    browser,
    page,
  }) => {
    test.setTimeout(120_000);
    // Taps of its own on a demo meeting, so the three tap charts are drawn whatever else ran on this server.
    await page.goto("/en");
    const meeting = page.locator('main a[href^="/en/meetings/"]').first();
    await expect(meeting).toBeVisible();
    await tapAsResident(browser, (await meeting.getAttribute("href"))!, "en");
    await signInAsDemoAdmin(page, "en");
    await page.goto(REPORT_PATH.en);
    await expect(page.getByRole("heading", { level: 1, name: "Outreach report" })).toBeVisible();
    for (const heading of SECTIONS.en)
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    await expect(page.locator("main svg[role=img]")).toHaveCount(6);
    await expect(
      page.getByRole("img", { name: "Meetings per week: held, still to come, cancelled and postponed" }),
    ).toContainText("Week starting Monday (Central time)");

    // The form is a GET: the narrowed report has its own address.
    const area = page.getByLabel("Area", { exact: true });
    const firstArea = (await area.locator("option").nth(1).textContent())!;
    await area.selectOption(firstArea);
    await page.getByRole("button", { name: "Show report" }).click();
    await expect(page).toHaveURL(new RegExp(`area=${encodeURIComponent(firstArea).replace(/%20/g, "(\\+|%20)")}`));
    await expect(
      page
        .locator("main p")
        .filter({ hasText: ` · ${firstArea}` })
        .first(),
    ).toBeVisible();
    await expect(area).toHaveValue(firstArea);

    // Dates it cannot use: said in words, and the current series shown meanwhile.
    await page.goto(`${REPORT_PATH.en}?from=2027-02-30&to=2027-03-01`);
    await expect(page.getByRole("alert")).toHaveText(
      "Those dates could not be read, so the report shows the current series. Use dates like 2027-01-28.",
    );
    await expect(page.getByRole("heading", { level: 2, name: "Meetings per week" })).toBeVisible();
    await page.goto(`${REPORT_PATH.en}?from=2027-02-01&to=2027-01-01`);
    await expect(page.getByRole("alert")).toHaveText(
      "The end date was before the start date, so the report shows the current series.",
    );

    await page.goto(REPORT_PATH.en);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Show report" })).toBeHidden();
    const pdf = await getDocument({
      data: new Uint8Array(await page.pdf({ format: "Letter" })),
      isEvalSupported: false,
    }).promise;
    expect(pdf.numPages).toBe(1);
    await pdf.destroy();
  });
});

test("the report and its CSV files are for admins: an editor gets 403, a stranger 401", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  expect((await request.get("/api/report/weeks?locale=es")).status()).toBe(401);
  expect((await request.get("/api/report/nothing")).status()).toBe(404);
  const editor = {
    name: "Report Editor",
    email: `report-editor-${uniqueSuffix()}@example.org`,
    password: "an-editor-passphrase-2027",
    role: "EDITOR" as const,
  };
  const admin = await (await browser.newContext()).newPage();
  await signInAsDemoAdmin(admin, "en");
  await addStaffAccount(admin, editor);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, editor, "es");
  await expect(page.getByRole("navigation", { name: "Personal" }).getByRole("link", { name: "Informe" })).toHaveCount(
    0,
  );
  await page.goto(REPORT_PATH.es);
  await expect(page.getByRole("heading", { level: 1, name: "No tiene acceso a esta página" })).toBeVisible();
  expect((await page.request.get("/api/report/weeks?locale=es")).status()).toBe(403);
});

test("residents read “What we have done” in both languages: counts only, linked from every page's footer, served from the cache without a cookie", async ({
  page,
  request,
}) => {
  for (const [locale, path, heading, link] of [
    ["es", "/es/lo-que-hemos-hecho", "Lo que hemos hecho", "Leer las preguntas respondidas"],
    ["en", "/en/what-we-have-done", "What we have done", "Read the answered questions"],
  ] as const) {
    await page.goto(`/${locale}`);
    await page.getByRole("contentinfo").getByRole("link", { name: heading }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.locator("main article > ul").first().getByRole("listitem")).toHaveCount(3);
    await expect(page.locator("main article > ul").first()).toContainText(
      locale === "es" ? /reuni(ón|ones) realizadas?/ : /meetings? held/,
    );
    await expect(page.getByRole("link", { name: link })).toHaveAttribute(
      "href",
      locale === "es" ? "/es/preguntas" : "/en/questions",
    );
    await expect.poll(async () => (await request.get(path)).headers()["x-encuentros-cache"]).toBe("hit");
    expect((await request.get(path)).headers()["set-cookie"]).toBeUndefined();
  }
});
