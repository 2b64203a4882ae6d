import { expect, test } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { createMeetingThroughForm, dallasDate, uniqueName } from "./support/meeting-form";
import { postByButton, testClientAddress } from "./support/resident-forms";
import { signInAsDemoAdmin } from "./support/staff";

// The resident taps without JavaScript, from an address of this run's own
// (the tests play the trusted reverse proxy: tests/e2e/support/start-server.ts).
const address = testClientAddress();

test("in Spanish without JavaScript: a resident plans to come and asks for Vietnamese; staff see the counts once, arrange an interpreter, and the page and calendar say so", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const title = uniqueName("Asistencia");

  // Staff add the session (with JavaScript: the staff forms and axe run in the page).
  const staffContext = await browser.newContext({ javaScriptEnabled: true });
  const staff = await staffContext.newPage();
  await signInAsDemoAdmin(staff, "es");
  const editPath = await createMeetingThroughForm(staff, "es", {
    titleEn: title,
    titleEs: `${title} (es)`,
    venueName: uniqueName("Iglesia"),
    date: dallasDate(9),
  });
  const publicPath = await staff.getByRole("link", { name: "Abrir la página pública" }).getAttribute("href");
  expect(publicPath).toMatch(/^\/es\/reuniones\/[a-z0-9-]+$/);
  const slug = publicPath!.split("/").pop()!;

  const residentContext = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": address },
  });
  const resident = await residentContext.newPage();
  await resident.goto(publicPath!);
  const section = resident.getByRole("region", { name: "¿Piensa venir a esta reunión?" });
  await expect(section.getByText("Lo que guardamos: nada sobre usted.")).toBeVisible();

  const first = await postByButton(resident, "Pienso venir");
  await expect(resident.getByText("Gracias. Contamos una persona más que piensa venir.")).toBeVisible();
  expect(await first.headerValue("set-cookie")).toBeNull();
  await expect(resident.getByRole("group", { name: "Necesito interpretación en…" })).toBeVisible();
  await postByButton(resident, "Vietnamita");
  await expect(
    resident.getByText("Gracias. Contamos una solicitud más de interpretación en vietnamita."),
  ).toBeVisible();
  // The same person, the same day: thanked, not counted twice.
  await resident.goto(publicPath!);
  await postByButton(resident, "Pienso venir");
  await expect(
    resident.getByText("Gracias. Ya lo habíamos contado hoy, así que no lo contamos dos veces."),
  ).toBeVisible();
  expect(await residentContext.cookies()).toEqual([]);

  // The dashboard and the meeting's staff page show one of each.
  await staff.goto(`/es/admin?q=${encodeURIComponent(title)}`);
  await expect(staff.getByTestId("tallies")).toHaveText("1 piensa venir · 1 pide vietnamita");
  expect(await axeViolations(staff, "dashboard (es)")).toEqual([]);
  await staff.goto(editPath);
  await expect(staff.getByTestId("plan-to-come")).toHaveText("1 persona piensa venir.");
  const vietnamese = staff.locator('[data-language="vi"]');
  await expect(vietnamese).toContainText("Sin confirmar");
  await vietnamese.getByRole("button", { name: "Marcar intérprete confirmado para vietnamita" }).click();
  await expect(staff).toHaveURL(/\?saved=interpreter$/);
  await expect(staff.locator('[data-language="vi"]')).toContainText("Confirmado");
  expect(await axeViolations(staff, "meeting staff page (es)")).toEqual([]);
  await staff.goto(editPath.replace(/^\/es\//, "/en/"));
  await expect(staff.getByTestId("plan-to-come")).toHaveText("1 person plans to come.");
  expect(await axeViolations(staff, "meeting staff page (en)")).toEqual([]);

  // Residents see it at once (the save emptied the page cache), in both languages and in the calendar file.
  await resident.goto(publicPath!);
  await expect(section.getByText("Habrá interpretación en vietnamita.")).toBeVisible();
  await resident.goto(`/en/meetings/${slug}`);
  await expect(
    resident
      .getByRole("region", { name: "Coming to this meeting?" })
      .getByText("Interpretation in Vietnamese will be provided."),
  ).toBeVisible();
  const calendar = await resident.request.get(`/ics/es/${slug}`);
  expect((await calendar.text()).replace(/\r?\n[ \t]/g, "")).toContain("Habrá interpretación en vietnamita.");
  expect(await residentContext.cookies()).toEqual([]);

  // Accessibility of the changed public page, in both languages (axe runs in a page with JavaScript).
  const checker = await browser.newPage();
  for (const path of [publicPath!, `/en/meetings/${slug}`]) {
    await checker.goto(path);
    await expect(checker.getByRole("button", { name: /Pienso venir|I plan to come/ })).toBeVisible();
    expect(await axeViolations(checker, path)).toEqual([]);
  }
  await checker.close();
  await residentContext.close();
  await staffContext.close();
});
