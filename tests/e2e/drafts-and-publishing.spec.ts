import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import {
  createMeetingThroughForm,
  dallasDate,
  fillNewMeeting,
  PUBLISH_LABELS,
  publishFromEditPage,
  uniqueName,
} from "./support/meeting-form";
import { LOCALES } from "./support/public-pages";
import { publicSightings, SERIES_SLUG, slugFromPreview } from "./support/publishing";
import { sidewaysScroll, signInAsDemoAdmin } from "./support/staff";

const PHONE = { width: 360, height: 740 };

/** What staff read at each step of a draft, in each language. */
const DRAFT_TEXT = {
  en: {
    save: "Save changes",
    savedDraft: "Changes saved as a draft. It is not public: residents see it only once it is published.",
    draftState: "Draft: not public.",
    notPublished:
      "Not published: residents read the meeting in English and in Spanish, so each title and description must be written in both.",
    correctOne: "Please correct 1 field:",
    descriptionEs: "Description in Spanish",
    downloadIcs: "Download calendar file (.ics)",
    calendarNotPublic:
      "Not available yet: this meeting is not public, so its calendar file would open “Page not found”.",
    shareNotPublic: "Not available yet: this meeting is not public, so a shared link would open “Page not found”.",
    statusHeading: "Cancel or postpone",
    reviewCancel: "Review the cancellation",
    deleteHeading: "Delete this draft",
    deleteIntro: "It was never public, so there is nothing to cancel",
    confirmDraft: "Yes, delete this draft for good",
    deleteDraft: "Delete the draft",
    tickTheBox: "Please tick the box to confirm.",
    deleted: "Meeting deleted.",
    auditDeleted: "Meeting · deleted",
  },
  es: {
    save: "Guardar cambios",
    savedDraft: "Cambios guardados en el borrador. No es público: los residentes lo verán cuando se publique.",
    draftState: "Borrador: no es público.",
    notPublished:
      "No se publicó: los residentes leen la reunión en inglés y en español, así que cada título y descripción debe estar escrito en los dos idiomas.",
    correctOne: "Por favor, corrija 1 campo:",
    descriptionEs: "Descripción en español",
    downloadIcs: "Descargar archivo de calendario (.ics)",
    calendarNotPublic:
      "Todavía no está disponible: esta reunión no es pública, así que su archivo de calendario abriría “Página no encontrada”.",
    shareNotPublic:
      "Todavía no está disponible: esta reunión no es pública, así que un enlace compartido abriría “Página no encontrada”.",
    statusHeading: "Cancelar o cambiar de fecha",
    reviewCancel: "Revisar la cancelación",
    deleteHeading: "Borrar este borrador",
    deleteIntro: "Nunca fue pública, así que no hay nada que cancelar",
    confirmDraft: "Sí, borrar este borrador para siempre",
    deleteDraft: "Borrar el borrador",
    tickTheBox: "Por favor, marque la casilla para confirmar.",
    deleted: "Reunión borrada.",
    auditDeleted: "Reunión · borró",
  },
} as const;

/** The page at phone width: no sideways scrolling, and no accessibility problem axe can find. */
async function fitsPhoneAndPassesAxe(page: Page, where: string) {
  await page.setViewportSize(PHONE);
  expect(await sidewaysScroll(page), `${where}: sideways scroll at 360 px`).toBe(0);
  expect(await axeViolations(page, where)).toEqual([]);
}

/** Where each link of the error summary points, and whether that element is on the page. */
async function summaryTargets(page: Page, summary: string): Promise<{ href: string; found: boolean }[]> {
  return page.locator(`${summary} a`).evaluateAll((links) =>
    links.map((link) => ({
      href: link.getAttribute("href") ?? "",
      found: Boolean(document.querySelector(link.getAttribute("href") || "#none")),
    })),
  );
}

/**
 * One server: a draft is nowhere public, its preview, and publishing now.
 * The editor's request, the admin's approval for a time ahead and the
 * scheduler publishing it on every instance: servers/multi-instance.spec.ts.
 */

test("in Spanish: a draft is nowhere public, staff preview it in both languages, and publishing makes it public everywhere", async ({
  page,
  request,
}) => {
  await signInAsDemoAdmin(page, "es");
  await page.goto("/es/admin/meetings/new");
  const titleEs = uniqueName("Borrador");
  const titleEn = uniqueName("Draft");
  await fillNewMeeting(page, {
    titleEn,
    titleEs,
    venueName: uniqueName("Salón borrador"),
    date: dallasDate(1),
    startTime: "06:00",
    endTime: "06:45",
  });
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
  expect(await publicSightings(request, slug, titleEs)).toEqual(
    expect.arrayContaining([
      `/es/reuniones/${slug}`,
      `/en/meetings/${slug}`,
      "/es",
      "/feeds/es/upcoming.xml",
      "/embed/es",
      `/ics/es/series/${SERIES_SLUG}.ics`,
    ]),
  );
});

test("in Spanish: a draft change to a published meeting is previewed while residents keep reading the published text, then published", async ({
  page,
  request,
}) => {
  await signInAsDemoAdmin(page, "es");
  const titleEs = uniqueName("Publicada");
  const editPath = await createMeetingThroughForm(page, "es", {
    titleEn: uniqueName("Published"),
    titleEs,
    venueName: uniqueName("Salón cambio"),
    date: dallasDate(2),
    startTime: "06:00",
    endTime: "06:45",
  });
  await page.goto(`${editPath}/preview`);
  const slug = await slugFromPreview(page);

  await page.goto(editPath);
  const changedEs = uniqueName("Cambiada");
  await page.locator("#titleEs").fill(changedEs);
  await page.locator("#startTime").fill("06:10");
  await page.locator("#endTime").fill("06:55");
  await page.getByRole("button", { name: "Guardar como cambio en borrador" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cambio en borrador guardado" })).toBeVisible();
  await expect(page.getByTestId("draft-change-state")).toContainText(
    "los residentes siguen viendo la reunión publicada",
  );
  // The form goes on from the draft change.
  await expect(page.locator("#titleEs")).toHaveValue(changedEs);

  // Whoever decides sees each changed field as residents read it now and as it would read, marked in words.
  await expect(page.getByTestId("compare-count")).toHaveText("Cambian 2 datos:");
  const title = page.getByTestId("compare-titleEs");
  await expect(title.getByText("Cambia", { exact: true })).toBeVisible();
  await expect(title.getByRole("definition")).toHaveText([titleEs, changedEs]);
  const when = page.getByTestId("compare-when");
  await expect(when.getByRole("term")).toHaveText(["Publicado ahora", "Con este cambio"]);
  await expect(when.getByRole("definition").first()).toContainText("6:00 – 6:45 a. m.");
  await expect(when.getByRole("definition").last()).toContainText("6:10 – 6:55 a. m.");
  await expect(page.getByText("16 datos quedan igual")).toBeVisible();
  await expect(page.getByTestId("compare-hostName")).not.toHaveAttribute("data-changed");
  await fitsPhoneAndPassesAxe(page, "es: draft change panel");
  // The same panel in English, for a reviewer who reads English.
  await page.goto(editPath.replace("/es/", "/en/"));
  await expect(page.getByTestId("compare-count")).toHaveText("2 fields change:");
  await expect(page.getByTestId("compare-titleEs").getByText("Changed", { exact: true })).toBeVisible();
  await expect(page.getByTestId("compare-when").getByRole("term")).toHaveText(["Published now", "With this change"]);
  await expect(page.getByTestId("compare-when").getByRole("definition").last()).toContainText("6:10 – 6:55 AM");
  await fitsPhoneAndPassesAxe(page, "en: draft change panel");
  await page.goto(editPath);

  await page.getByRole("link", { name: "Vista previa del cambio en español" }).click();
  await expect(page.getByTestId("preview-banner")).toContainText(
    "Vista previa de un cambio en borrador — no es público",
  );
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

for (const locale of LOCALES) {
  test(`in ${locale}: a draft's page says what each step did, links a refused publish to the field to fix, previews without dead links, and deletes the draft instead of cancelling it`, async ({
    page,
  }) => {
    const text = DRAFT_TEXT[locale];
    await signInAsDemoAdmin(page, locale);
    await page.goto(`/${locale}/admin/meetings/new`);
    const titleEs = uniqueName("Borrador incompleto");
    await fillNewMeeting(page, {
      titleEn: uniqueName("Incomplete draft"),
      titleEs,
      venueName: uniqueName("Salón incompleto"),
      date: dallasDate(8),
      startTime: "05:05",
      endTime: "05:35",
    });
    // A draft may still lack a text in one language.
    await page.locator("#descriptionEs").fill("");
    await page.getByRole("button", { name: PUBLISH_LABELS[locale].draft }).click();
    await expect(page).toHaveURL(/\/admin\/meetings\/[a-z0-9]+\?saved=draft$/);
    const editPath = new URL(page.url()).pathname;

    // "Save changes" on a draft says it was saved as a draft, as the page around it does.
    await page.locator("#hostName").fill("Sgt. Draft Saver");
    await page.getByRole("button", { name: text.save, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: text.savedDraft })).toBeVisible();
    await expect(page.getByTestId("publication-state")).toContainText(text.draftState);
    await expect(page.locator("#hostName")).toHaveValue("Sgt. Draft Saver");

    // A refused publish: the reason once, the count of what is wrong, each linked to the edit form's field on this page.
    await page.locator("#publish").getByRole("button", { name: PUBLISH_LABELS[locale].confirm, exact: true }).click();
    const summary = page.locator("#publish [role=alert]");
    await expect(summary.getByText(text.notPublished)).toHaveCount(1);
    await expect(summary.getByText(text.correctOne)).toBeVisible();
    await expect(summary.getByRole("listitem")).toHaveText([text.descriptionEs]);
    expect(await summaryTargets(page, "#publish [role=alert]")).toEqual([{ href: "#descriptionEs", found: true }]);
    await summary.getByRole("link", { name: text.descriptionEs }).click();
    await expect(page).toHaveURL(/#descriptionEs$/);
    await expect(page.locator("#descriptionEs")).toBeInViewport();
    await fitsPhoneAndPassesAxe(page, `${locale}: refused publish`);

    // A draft was never public: no cancelling or moving, only deleting (below) or editing (above).
    await expect(page.getByRole("heading", { name: text.statusHeading })).toHaveCount(0);
    await expect(page.getByRole("button", { name: text.reviewCancel })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: text.deleteHeading })).toBeVisible();
    await expect(page.getByText(text.deleteIntro)).toBeVisible();

    // Its preview: the calendar and share links are there, unavailable, and say why.
    await page.goto(`${editPath}/preview`);
    await expect(page.getByRole("link", { name: text.downloadIcs })).toBeDisabled();
    await expect(page.getByRole("link", { name: "WhatsApp" })).toBeDisabled();
    await expect(page.getByRole("link", { name: "Facebook" })).toBeDisabled();
    await expect(page.getByText(text.calendarNotPublic)).toBeVisible();
    await expect(page.getByText(text.shareNotPublic)).toBeVisible();
    await expect(page.locator('main a[href^="/ics/"], main a[data-share-link], main [data-native-share]')).toHaveCount(
      0,
    );
    await fitsPhoneAndPassesAxe(page, `${locale}: preview of a draft`);
    const slug = await slugFromPreview(page);
    expect((await page.request.get(`/ics/${locale}/${slug}`)).status()).toBe(404);

    // Deleting asks for the tick box, then is recorded in the audit log.
    await page.goto(editPath);
    const remove = page.locator("form").filter({ has: page.getByRole("button", { name: text.deleteDraft }) });
    await remove.getByRole("button", { name: text.deleteDraft }).click();
    await expect(remove.getByRole("alert")).toContainText(text.tickTheBox);
    await remove.getByLabel(text.confirmDraft).check();
    await remove.getByRole("button", { name: text.deleteDraft }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin\\?deleted=1$`));
    await expect(page.getByRole("status").filter({ hasText: text.deleted })).toBeVisible();
    expect((await page.request.get(editPath)).status()).toBe(404);
    await page.goto(`/${locale}/admin/audit`);
    await expect(page.locator("main tr", { hasText: titleEs }).filter({ hasText: text.auditDeleted })).toHaveCount(1);
  });
}
