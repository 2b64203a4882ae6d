import { expect, test } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { createMeetingThroughForm, dallasDate, fillNewMeeting, PUBLISH_LABELS, publishFromEditPage, uniqueName } from "./support/meeting-form";
import { publicSightings, SERIES_SLUG, slugFromPreview } from "./support/publishing";
import { signInAsDemoAdmin } from "./support/staff";

/**
 * One server: a draft is nowhere public, its preview, and publishing now.
 * The editor's request, the admin's approval for a time ahead and the
 * scheduler publishing it on every instance: servers/multi-instance.spec.ts.
 */

test("in Spanish: a draft is nowhere public, staff preview it in both languages, and publishing makes it public everywhere", { tag: "@every-engine" }, async ({ page, request }) => {
  await signInAsDemoAdmin(page, "es");
  await page.goto("/es/admin/meetings/new");
  const titleEs = uniqueName("Borrador");
  const titleEn = uniqueName("Draft");
  await fillNewMeeting(page, { titleEn, titleEs, venueName: uniqueName("Salón borrador"), date: dallasDate(1), startTime: "06:00", endTime: "06:45" });
  await page.getByRole("button", { name: PUBLISH_LABELS.es.draft }).click();
  await expect(page.getByRole("status").filter({ hasText: "Borrador guardado" })).toBeVisible();
  await expect(page.getByTestId("publication-state")).toContainText("Borrador: no es público");
  const editPath = new URL(page.url()).pathname;

  await page.getByRole("link", { name: "Vista previa en inglés" }).click();
  await expect(page.getByTestId("preview-banner")).toContainText("Preview — not public");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleEn);
  await page.goto(`${editPath}/preview`);
  await expect(page.getByTestId("preview-banner")).toContainText("Vista previa — no es pública");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleEs);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  expect(await axeViolations(page, "preview")).toEqual([]);
  const slug = await slugFromPreview(page);
  const preview = await page.request.get(`${editPath}/preview`);
  expect(preview.headers()["cache-control"]).toMatch(/private, no-store/);
  // Without a session the preview is the sign-in page, never the meeting.
  expect(await (await request.get(`${editPath}/preview`)).text()).not.toContain(titleEs);

  expect(await publicSightings(request, slug, titleEs)).toEqual([]);

  await page.goto(editPath);
  const spanish = page.getByTestId("confirm-es");
  await expect(spanish).toContainText(titleEs);
  await expect(spanish).toContainText("6:00 – 6:45 a. m.");
  await expect(page.getByTestId("confirm-en")).toContainText("6:00 – 6:45 AM");
  expect(await axeViolations(page, "publish step")).toEqual([]);
  await publishFromEditPage(page, "es");
  await expect(page.getByTestId("publication-state")).toContainText("Publicada");
  expect(await publicSightings(request, slug, titleEs)).toEqual(expect.arrayContaining([`/es/reuniones/${slug}`, `/en/meetings/${slug}`, "/es", "/feeds/es/upcoming.xml", "/embed/es", `/ics/es/series/${SERIES_SLUG}.ics`]));
});

test("in Spanish: a draft change to a published meeting is previewed while residents keep reading the published text, then published", async ({ page, request }) => {
  await signInAsDemoAdmin(page, "es");
  const titleEs = uniqueName("Publicada");
  const editPath = await createMeetingThroughForm(page, "es", { titleEn: uniqueName("Published"), titleEs, venueName: uniqueName("Salón cambio"), date: dallasDate(2), startTime: "06:00", endTime: "06:45" });
  await page.goto(`${editPath}/preview`);
  const slug = await slugFromPreview(page);

  await page.goto(editPath);
  const changedEs = uniqueName("Cambiada");
  await page.locator("#titleEs").fill(changedEs);
  await page.getByRole("button", { name: "Guardar como cambio en borrador" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cambio en borrador guardado" })).toBeVisible();
  await expect(page.getByTestId("draft-change-state")).toContainText("los residentes siguen viendo la reunión publicada");
  await expect(page.getByTestId("change-es")).toContainText(changedEs);
  // The form goes on from the draft change.
  await expect(page.locator("#titleEs")).toHaveValue(changedEs);
  expect(await axeViolations(page, "draft change panel")).toEqual([]);

  await page.getByRole("link", { name: "Vista previa del cambio en español" }).click();
  await expect(page.getByTestId("preview-banner")).toContainText("Vista previa de un cambio en borrador — no es público");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(changedEs);
  const published = await (await request.get(`/es/reuniones/${slug}`)).text();
  expect(published).toContain(titleEs);
  expect(published).not.toContain(changedEs);

  await page.goto(editPath);
  await page.getByRole("button", { name: "Publicar el cambio" }).click();
  await expect(page.getByRole("status").filter({ hasText: "El cambio en borrador ya es público" })).toBeVisible();
  await expect(page.getByTestId("draft-change-state")).toHaveCount(0);
  await expect.poll(async () => (await request.get(`/es/reuniones/${slug}`)).text()).toContain(changedEs);
});
