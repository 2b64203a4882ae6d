import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { dallasDate, fillNewMeeting, PUBLISH_LABELS, publishFromEditPage, uniqueName } from "./support/meeting-form";
import { addStaffAccount, signIn, signInAsDemoAdmin, uniqueSuffix } from "./support/staff";

const SERIES_SLUG = "dpd-community-outreach";

/**
 * Every public place a meeting could show up, fetched without a session as
 * a resident would: which of them show it (by address or by listing).
 */
async function publicSightings(request: APIRequestContext, slug: string, title: string): Promise<string[]> {
  const byAddress = [`/es/reuniones/${slug}`, `/en/meetings/${slug}`, `/ics/es/${slug}`, `/og/es/${slug}.png`, `/qr/es/meeting/${slug}.svg`, `/flyer/meeting/${slug}`];
  const byListing = ["/es", "/en", "/feeds/es/upcoming.xml", "/embed/es", `/ics/es/series/${SERIES_SLUG}.ics`];
  const seen: string[] = [];
  for (const path of byAddress) if ((await request.get(path)).status() !== 404) seen.push(path);
  for (const path of byListing) {
    const body = (await (await request.get(path)).text()).replace(/\r?\n[ \t]/g, "");
    if (body.includes(slug) || body.includes(title)) seen.push(path);
  }
  return seen;
}

/** The draft's public address, read from its preview (the calendar link carries it). */
async function slugFromPreview(page: Page): Promise<string> {
  const href = await page.locator('main a[href^="/ics/"]').first().getAttribute("href");
  const slug = /^\/ics\/(?:es|en)\/([a-z0-9-]+)$/.exec(href ?? "")?.[1];
  expect(slug, href ?? "no calendar link").toBeTruthy();
  return slug!;
}

test("in Spanish: a draft is nowhere public, staff preview it in both languages, and publishing makes it public everywhere", async ({ page, request }) => {
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

test("an editor's request waits for another's approval; approved for the next minute, it goes public on its own", async ({ browser, request }) => {
  // A scheduled time is a whole minute: up to a minute's wait, then the scheduler's turn.
  test.setTimeout(180_000);
  const admin = await (await browser.newContext()).newPage();
  await signInAsDemoAdmin(admin, "es");
  const editor = { name: "Editora de prueba", email: `editor-${uniqueSuffix()}@example.org`, password: "a-long-editor-passphrase-2027", role: "EDITOR" as const };
  await addStaffAccount(admin, editor, "es");
  const series = await seriesEditPath(admin);
  await setReviewRequired(admin, series, true);
  try {
    const editorPage = await (await browser.newContext()).newPage();
    await signIn(editorPage, editor, "es");
    await editorPage.goto("/es/admin/meetings/new");
    const titleEs = uniqueName("Revisada");
    await fillNewMeeting(editorPage, { titleEn: uniqueName("Reviewed"), titleEs, venueName: uniqueName("Salón revisión"), date: dallasDate(1), startTime: "05:00", endTime: "05:45" });
    await editorPage.getByRole("button", { name: PUBLISH_LABELS.es.start }).click();
    await editorPage.getByRole("button", { name: "Pedir revisión" }).click();
    await expect(editorPage.getByRole("status").filter({ hasText: "Enviada a revisión" })).toBeVisible();
    // The author is told someone else must approve, and gets no approve button.
    await expect(editorPage.getByText("Usted pidió esta revisión")).toBeVisible();
    await expect(editorPage.getByRole("button", { name: "Aprobar" })).toHaveCount(0);
    const editPath = new URL(editorPage.url()).pathname;
    await editorPage.goto(`${editPath}/preview`);
    const slug = await slugFromPreview(editorPage);
    expect(await publicSightings(request, slug, titleEs)).toEqual([]);

    await admin.goto("/es/admin?tab=review");
    await expect(admin.getByRole("link", { name: /Esperando revisión \([1-9]\d*\)/ })).toBeVisible();
    await admin.getByRole("link", { name: titleEs }).click();
    await expect(admin.getByRole("button", { name: "Aprobar" })).toBeVisible();
    expect(await axeViolations(admin, "review step")).toEqual([]);
    const at = nextWholeMinute();
    await admin.locator("#review-publishDate").fill(at.date);
    await admin.locator("#review-publishTime").fill(at.time);
    await admin.getByRole("button", { name: "Aprobar" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Programada" })).toBeVisible();
    expect(await publicSightings(request, slug, titleEs)).toEqual([]);

    await expect
      .poll(async () => publicSightings(request, slug, titleEs), { timeout: 150_000, intervals: [5_000] })
      .toEqual(expect.arrayContaining([`/es/reuniones/${slug}`, "/es", "/feeds/es/upcoming.xml", "/embed/es"]));
  } finally {
    await setReviewRequired(admin, series, false);
  }
});

/** The demo series' edit page. */
async function seriesEditPath(page: Page): Promise<string> {
  await page.goto("/es/admin/series");
  const href = await page.locator("main table tbody tr", { hasText: "Policía de Dallas" }).first().locator("a").first().getAttribute("href");
  expect(href).toMatch(/^\/es\/admin\/series\/[a-z0-9]+$/);
  return href!;
}

async function setReviewRequired(page: Page, path: string, required: boolean): Promise<void> {
  await page.goto(path);
  const box = page.getByLabel("La reunión de un editor espera aprobación antes de publicarse");
  await box.setChecked(required);
  await expect(box).toBeChecked({ checked: required });
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page).toHaveURL(/\/es\/admin\/series\?saved=/);
}

/** The next whole minute in Dallas at least 20 seconds away, as the form's date and time. */
function nextWholeMinute(): { date: string; time: string } {
  const at = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}
