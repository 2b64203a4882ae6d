import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import {
  createMeetingThroughForm,
  dallasDate,
  fillNewMeeting,
  publishFromEditPage,
  uniqueName,
} from "./support/meeting-form";
import { LOCALES } from "./support/public-pages";
import { signInAsDemoAdmin } from "./support/staff";

async function publicPathOf(page: Page): Promise<string> {
  const href = await page
    .getByRole("link", { name: /Open the public page|Abrir la página pública/ })
    .getAttribute("href");
  expect(href).toMatch(/^\/(en\/meetings|es\/reuniones)\/[a-z0-9-]+$/);
  return href!;
}

test("a staff member publishes a bilingual session in Central time; a forgotten Spanish title is explained and nothing typed is lost", async ({
  page,
}) => {
  await signInAsDemoAdmin(page, "en");
  await page.goto("/en/admin/meetings/new");
  const titleEn = uniqueName("Community meeting");
  const venueName = uniqueName("Iglesia E2E");
  await fillNewMeeting(page, { titleEn, titleEs: "", venueName, date: dallasDate(1) });
  await page.getByRole("button", { name: "Publish…" }).click();

  const summary = page.locator("main").getByRole("alert");
  await expect(summary).toContainText("Title in Spanish: Please fill this in.");
  await expect(page.locator("#titleEs")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#titleEn")).toHaveValue(titleEn);
  await expect(page.locator("#venueName")).toHaveValue(venueName);
  await expect(page.locator("#date")).toHaveValue(dallasDate(1));

  await page.locator("#titleEs").fill(`Reunión comunitaria ${titleEn.split(" ").at(-1)}`);
  const started = Date.now();
  await page.getByRole("button", { name: "Publish…" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as a draft" })).toBeVisible();
  await publishFromEditPage(page, "en");
  await expect(page.getByRole("status").filter({ hasText: "Published. It is on the public site now." })).toBeVisible();
  const path = await publicPathOf(page);
  expect(path).toMatch(new RegExp(`/en/meetings/reunion-comunitaria-[a-z0-9]+-${dallasDate(1)}$`));

  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleEn);
  // The browser runs in Asia/Tokyo; the page still says Dallas time.
  await expect(page.locator("main")).toContainText("6:00 – 7:30 PM");
  test.info().annotations.push({ type: "seconds-to-publish", description: ((Date.now() - started) / 1000).toFixed(2) });

  await page.goto(path.replace("/en/meetings/", "/es/reuniones/"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Reunión comunitaria");
  await expect(page.locator("main")).toContainText("6:00 – 7:30 p. m.");
  await page.goto("/en");
  await expect(page.getByRole("link", { name: titleEn })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts to the server, which explains the missing Spanish title in Spanish and keeps the rest", async ({
    page,
  }) => {
    await signInAsDemoAdmin(page, "es");
    await page.goto("/es/admin/meetings/new");
    const titleEn = uniqueName("No-JS meeting");
    const venueName = uniqueName("Parroquia sin JS");
    // Only the chosen way of giving the place is on screen, by CSS alone.
    await expect(page.locator("#venueId")).toBeVisible();
    await expect(page.locator("#venueName")).toBeHidden();
    await fillNewMeeting(page, {
      titleEn,
      titleEs: "",
      venueName,
      date: dallasDate(2),
      startTime: "10:00",
      endTime: "11:00",
    });
    await page.locator("#descriptionEs").fill("x".repeat(5001));
    await page.getByRole("button", { name: "Publicar…" }).click();

    await expect(page.locator("main").getByRole("alert")).toContainText(
      "Título en español: Por favor, llene este campo.",
    );
    await expect(page.locator("main").getByRole("alert")).toContainText("Por favor, use como máximo 5000 caracteres.");
    await expect(page.locator("#titleEn")).toHaveValue(titleEn);
    await expect(page.locator("#venueName")).toHaveValue(venueName);
    await expect(page.locator("#venueMode-new")).toBeChecked();
    await expect(page.locator("#venueId")).toBeHidden();
    await expect(page.locator("#descriptionEs")).toHaveValue("x".repeat(5001));

    await page.locator("#titleEs").fill("Reunión sin JavaScript");
    await page.locator("#descriptionEs").fill("Preguntas y respuestas.");
    await page.getByRole("button", { name: "Publicar…" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Guardada como borrador" })).toBeVisible();
    await publishFromEditPage(page, "es");
    await expect(page.getByRole("status").filter({ hasText: "Publicada." })).toBeVisible();
    await page.goto(await publicPathOf(page));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reunión sin JavaScript");
    await expect(page.locator("main")).toContainText("10:00 – 11:00 a. m.");
  });

  test("postponing shows the new date as residents will see it, and saves only on the second post", async ({
    page,
  }) => {
    await signInAsDemoAdmin(page, "es");
    const editPath = await createMeetingThroughForm(page, "es", {
      titleEn: uniqueName("Moved"),
      titleEs: "Reunión que se mueve",
      venueName: uniqueName("Salón sin JS"),
      date: dallasDate(6),
    });
    const postpone = page.locator("form").filter({ has: page.getByRole("button", { name: "Revisar la nueva fecha" }) });
    await postpone.getByLabel("Nueva fecha").fill(dallasDate(7));
    await postpone.getByLabel("Nota pública en inglés").fill("Moved one day because of the fair.");
    await postpone.getByLabel("Nota pública en español").fill("Se mueve un día por la feria.");
    await postpone.getByRole("button", { name: "Revisar la nueva fecha" }).click();
    const preview = page.getByRole("region", { name: "Así lo verán los residentes" });
    await expect(preview).toContainText("Reunión que se mueve");
    await expect(preview).toContainText("Se mueve un día por la feria.");
    await expect(preview).toContainText("Antes:");
    await page.goto(editPath);
    await expect(page.locator("main")).not.toContainText("Se mueve un día por la feria.");
    await postpone.getByLabel("Nueva fecha").fill(dallasDate(7));
    await postpone.getByLabel("Nota pública en inglés").fill("Moved one day because of the fair.");
    await postpone.getByLabel("Nota pública en español").fill("Se mueve un día por la feria.");
    await postpone.getByRole("button", { name: "Revisar la nueva fecha" }).click();
    await page.getByRole("button", { name: "Sí, pasarla a esta fecha" }).click();
    await expect(page.getByRole("status").filter({ hasText: "se pasó a su nueva fecha" })).toBeVisible();
    await expect(page.locator("main")).toContainText("Aplazada");
  });
});

test("a recurring set ends after the chosen number of sessions, or on the chosen date, and is published as a whole", async ({
  page,
}) => {
  await signInAsDemoAdmin(page, "en");
  for (const [end, expected] of [
    ["count", 2],
    ["date", 3],
  ] as const) {
    await page.goto("/en/admin/meetings/recurring");
    await expect(page.locator("#sessionCount")).toBeHidden();
    await page.locator("#fromDate").fill(dallasDate(1));
    for (const day of ["0", "1", "2", "3", "4", "5", "6"])
      await page.locator(day === "1" ? "#weekdays" : `#weekdays-${day}`).check();
    await page.locator("#startTime").fill("07:00");
    await page.locator("#endTime").fill("07:30");
    await page.locator("#venueMode-new").check();
    await page.locator("#venueName").fill(uniqueName("Recurring hall"));
    await page.locator("#venueStreet").fill("9 Demo Road");
    await page.locator("#venuePostalCode").fill("75216");
    await page.locator("#titleEn").fill(uniqueName("Daily coffee"));
    await page.locator("#titleEs").fill("Café diario");
    await page.locator("#descriptionEn").fill("Coffee with officers.");
    await page.locator("#descriptionEs").fill("Café con agentes.");
    await page.locator("#hostName").fill("Ofc. Luis Pérez");
    if (end === "count") {
      await page.getByLabel("After a number of meetings").check();
      await page.locator("#sessionCount").fill("2");
    } else {
      await page.getByLabel("On a date I choose").check();
      await page.locator("#untilDate").fill(dallasDate(3));
    }
    await page.getByRole("button", { name: "Publish all…" }).click();
    // Saved as drafts; the publish step lists every date of the set, in both languages, and publishes them all at once.
    await expect(
      page.getByRole("status").filter({ hasText: "Every meeting of the set is saved as a draft" }),
    ).toBeVisible();
    await expect(page.getByTestId("set-dates-en").getByRole("listitem")).toHaveCount(expected);
    await expect(page.getByTestId("set-dates-es").getByRole("listitem")).toHaveCount(expected);
    await page.locator("#publish").getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  }
});

test("refuses an end before the start and a date after the series, in the staff member's language", async ({
  page,
}) => {
  await signInAsDemoAdmin(page, "es");
  await page.goto("/es/admin/meetings/new");
  await fillNewMeeting(page, {
    titleEn: "Rules",
    titleEs: "Reglas",
    venueName: uniqueName("Lugar reglas"),
    date: dallasDate(400),
    startTime: "19:00",
    endTime: "18:00",
  });
  await page.getByRole("button", { name: "Publicar…" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText(
    "La hora de cierre debe ser después de la hora de inicio.",
  );
  await page.locator("#endTime").fill("20:00");
  await page.getByRole("button", { name: "Publicar…" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText(
    /La fecha debe estar dentro de la serie, del .+ al \d+ de febrero de \d{4}\./,
  );
  await expect(page.locator("#titleEs")).toHaveValue("Reglas");
});

test("of two staff editing one meeting, the second is told, keeps what they typed beside what is saved now, and can save it again", async ({
  browser,
}) => {
  // Two browsers and four saves.
  test.slow();
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInAsDemoAdmin(first, "en");
  await signInAsDemoAdmin(second, "es");
  const editPath = await createMeetingThroughForm(first, "en", {
    titleEn: uniqueName("Shared meeting"),
    titleEs: "Reunión compartida",
    venueName: uniqueName("Shared venue"),
    date: dallasDate(3),
  });
  const editPathEs = editPath.replace("/en/", "/es/").replace(/\?.*$/, "");
  await second.goto(editPathEs);
  await expect(second.locator("#hostName")).toHaveValue("Lt. Ana Ramírez");

  await first.locator("#hostName").fill("Sgt. First Saver");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Changes saved" })).toBeVisible();

  await second.locator("#hostName").fill("Sgt. Second Saver");
  await second.locator("#titleEs").fill("Reunión compartida, versión dos");
  await second.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(
    second.locator("main").getByRole("alert").filter({ hasText: "Otra persona guardó esta reunión" }),
  ).toBeVisible();
  // Their own values stay in the form; what the first person saved is shown beside them.
  await expect(second.locator("#hostName")).toHaveValue("Sgt. Second Saver");
  await expect(second.locator("#titleEs")).toHaveValue("Reunión compartida, versión dos");
  const saved = second.getByRole("region", { name: "Lo que otra persona guardó" });
  await expect(saved).toContainText("Sgt. First Saver");
  await expect(saved).toContainText("Reunión compartida");
  await first.reload();
  await expect(first.locator("#hostName")).toHaveValue("Sgt. First Saver");

  // Saving again, knowingly, keeps the second person's version.
  await second.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Cambios guardados" })).toBeVisible();
  await expect(second.locator("#hostName")).toHaveValue("Sgt. Second Saver");
  await first.reload();
  await expect(first.locator("#hostName")).toHaveValue("Sgt. Second Saver");
  await first.context().close();
  await second.context().close();
});

test("cancelling with notes shows the cancellation on the public listing and in the calendar file; deleting asks for confirmation", async ({
  page,
}) => {
  await signInAsDemoAdmin(page, "en");
  const titleEn = uniqueName("To be cancelled");
  const editPath = await createMeetingThroughForm(page, "en", {
    titleEn,
    titleEs: "Reunión que se cancela",
    venueName: uniqueName("Cancel venue"),
    date: dallasDate(4),
  });
  const slug = (await publicPathOf(page)).split("/").at(-1)!;
  const sequenceOf = (ics: string) => Number(/SEQUENCE:(\d+)/.exec(ics)?.[1]);
  const before = await (await page.request.get(`/ics/en/${slug}`)).text();
  expect(before).toContain("STATUS:CONFIRMED");

  // The edit form itself has no status: cancelling is done here, and only after seeing it as residents will.
  await expect(page.locator("#status")).toHaveCount(0);
  const cancel = page.locator("form").filter({ has: page.getByRole("button", { name: "Review the cancellation" }) });
  await cancel.getByRole("button", { name: "Review the cancellation" }).click();
  await expect(cancel.getByRole("alert")).toContainText("Public note in English: Please write a public note");
  await cancel.getByLabel("Public note in English").fill("Cancelled because of the storm. See you next week.");
  await cancel.getByLabel("Public note in Spanish").fill("Se cancela por la tormenta. Nos vemos la próxima semana.");
  await cancel.getByRole("button", { name: "Review the cancellation" }).click();
  const preview = cancel.getByRole("region", { name: "This is how residents will see it" });
  await expect(preview).toContainText(titleEn);
  await expect(preview).toContainText("Cancelled");
  await expect(preview).toContainText("Cancelled because of the storm.");
  // Nothing is saved until it is confirmed.
  expect(await (await page.request.get(`/ics/en/${slug}`)).text()).toContain("STATUS:CONFIRMED");
  await preview.getByRole("button", { name: "Yes, cancel this meeting" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Meeting cancelled" })).toBeVisible();

  await page.goto("/en");
  const card = page.locator("main article").filter({ hasText: titleEn });
  await expect(card).toContainText("Cancelled");
  await expect(card).toContainText("Cancelled because of the storm.");
  await page.goto("/es");
  await expect(page.locator("main article").filter({ hasText: "Se cancela por la tormenta." })).toContainText(
    "Cancelada",
  );

  const after = await (await page.request.get(`/ics/en/${slug}`)).text();
  expect(after).toContain("STATUS:CANCELLED");
  expect(sequenceOf(after)).toBeGreaterThan(sequenceOf(before));

  // Deleting needs the tick box; it also leaves the demo listing as the public-page tests expect it.
  await page.goto(editPath);
  const remove = page.locator("form").filter({ has: page.getByRole("button", { name: "Delete the meeting" }) });
  await remove.getByRole("button", { name: "Delete the meeting" }).click();
  await expect(remove.getByRole("alert")).toContainText("Please tick the box to confirm.");
  await remove.getByLabel("Yes, delete this meeting for good").check();
  await remove.getByRole("button", { name: "Delete the meeting" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Meeting deleted." })).toBeVisible();
  expect((await page.request.get(`/en/meetings/${slug}`)).status()).toBe(404);
});

test("the dashboard lists, filters and searches meetings", async ({ page }) => {
  await signInAsDemoAdmin(page, "en");
  const titleEn = uniqueName("Searchable");
  await createMeetingThroughForm(page, "en", {
    titleEn,
    titleEs: "Reunión buscable",
    venueName: uniqueName("Search venue"),
    date: dallasDate(5),
  });
  await page.goto("/en/admin");
  await page.getByLabel("Search by title or place").fill(titleEn);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByRole("link", { name: titleEn })).toBeVisible();
  await expect(page.locator("main tbody tr")).toHaveCount(1);
  await page.getByRole("link", { name: "Cancelled" }).click();
  await expect(page.getByText("No meetings found.")).toBeVisible();
  await page.goto("/en/admin?tab=past");
  await expect(page.locator("main tbody tr").first()).toBeVisible();
});

for (const locale of LOCALES) {
  test(`admin meeting pages in ${locale} have no axe violations`, async ({ page }) => {
    // A full axe run (experimental rules too) on every page, one after another.
    test.setTimeout(120_000);
    await signInAsDemoAdmin(page, locale);
    await page.goto(`/${locale}/admin?tab=upcoming`);
    const firstMeeting = await page.locator("main tbody a").first().getAttribute("href");
    expect(firstMeeting).toMatch(/\/admin\/meetings\/[a-z0-9]+$/);
    for (const path of [
      `/${locale}/admin`,
      `/${locale}/admin/meetings/new`,
      `/${locale}/admin/meetings/recurring`,
      firstMeeting!,
    ]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      expect(await axeViolations(page, path)).toEqual([]);
    }
  });
}
