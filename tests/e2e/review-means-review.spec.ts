import { expect, test } from "@playwright/test";
import { slugify } from "@/lib/text/slug";
import { zonedDateTimeToInstant } from "@/lib/time/central-time";
import { axeViolations } from "./support/axe";
import { createMeetingThroughForm, dallasDate, uniqueName } from "./support/meeting-form";
import { everywhere, seriesEditPath, setReviewRequired, whatResidentsRead, type Slot } from "./support/publishing";
import { addStaffAccount, signIn, signInAsDemoAdmin, uniqueSuffix } from "./support/staff";

/** A slot on the meeting's day, Central time. */
function slot(date: string, start: string, end: string): Slot {
  const instant = (time: string) => {
    const result = zonedDateTimeToInstant(date, time);
    if (!result.ok) throw new Error(`${date} ${time}: ${result.reason}`);
    return result.instant;
  };
  return { startsAt: instant(start), endsAt: instant(end) };
}

/**
 * Review means review (lib/publishing/review-rule.ts), end to end in
 * Spanish: in the demo series, switched to "needs review" for this test, an
 * editor's new time for a published meeting reaches no resident until an
 * admin approves it; an editor's cancellation reaches them at once and
 * waits in the admin's review list as "done, please confirm".
 */
test("in Spanish: an editor's new time waits for an admin on every public surface; a cancellation is public at once and waits to be confirmed", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  await signInAsDemoAdmin(page, "es");
  const editor = {
    name: `Editora ${uniqueSuffix()}`,
    email: `editora-${uniqueSuffix()}@example.org`,
    password: "a-long-editor-passphrase-2027",
    role: "EDITOR" as const,
  };
  await addStaffAccount(page, editor, "es");
  const date = dallasDate(3);
  const titleEs = uniqueName("Revisión");
  const venueName = uniqueName("Salón revisión");
  // Minutes no other test uses, so a time on the listing can only be this meeting's.
  const slots = { old: slot(date, "05:10", "05:40"), new: slot(date, "05:25", "05:55") };
  const editPath = await createMeetingThroughForm(page, "es", {
    titleEn: uniqueName("Review"),
    titleEs,
    venueName,
    date,
    startTime: "05:10",
    endTime: "05:40",
  });
  const publicLink = await page.getByRole("link", { name: "Abrir la página pública" }).getAttribute("href");
  const meeting = {
    id: editPath.split("/").pop()!,
    slug: publicLink!.split("/").pop()!,
    titleEs,
    venueSlug: slugify(venueName, "venue"),
  };
  const resident = await (await browser.newContext()).newPage();
  expect(await whatResidentsRead(resident, request, meeting, slots)).toEqual(everywhere("old"));

  const series = await seriesEditPath(page);
  await setReviewRequired(page, series, true);
  try {
    const editorPage = await (await browser.newContext()).newPage();
    await signIn(editorPage, editor, "es");
    await editorPage.goto(editPath);
    // The plain save is not offered: only asking for review, or keeping a draft change.
    await expect(editorPage.getByTestId("edit-hint")).toContainText(
      "otra persona revisa cada cambio a una reunión publicada",
    );
    await expect(editorPage.getByRole("button", { name: "Guardar cambios" })).toHaveCount(0);
    await expect(editorPage.getByTestId("status-rule")).toContainText("se publica de inmediato");
    expect(await axeViolations(editorPage, "edit page, review series")).toEqual([]);
    await editorPage.locator("#startTime").fill("05:25");
    await editorPage.locator("#endTime").fill("05:55");
    await editorPage.getByRole("button", { name: "Pedir revisión de este cambio" }).click();
    await expect(
      editorPage.getByRole("status").filter({ hasText: "Cambio en borrador enviado a revisión" }),
    ).toBeVisible();
    await expect(editorPage.getByTestId("draft-change-state")).toContainText("espera revisión");
    expect(await whatResidentsRead(resident, request, meeting, slots)).toEqual(everywhere("old"));

    await page.goto("/es/admin?tab=review");
    await page.getByRole("link", { name: titleEs }).click();
    await expect(page.getByTestId("compare-when").getByRole("definition").last()).toContainText("5:25");
    await page.getByRole("button", { name: "Aprobar" }).click();
    await expect(page.getByRole("status").filter({ hasText: "El cambio en borrador ya es público" })).toBeVisible();
    expect(await whatResidentsRead(resident, request, meeting, slots)).toEqual(everywhere("new"));

    // A cancellation by the editor: public at once, recorded, and listed for an admin to confirm.
    await editorPage.goto(editPath);
    await editorPage.locator("#cancel-statusNoteEs").fill("Se inundó el salón.");
    await editorPage.locator("#cancel-statusNoteEn").fill("The hall flooded.");
    await editorPage.getByRole("button", { name: "Revisar la cancelación" }).click();
    await editorPage.getByRole("button", { name: "Sí, cancelar esta reunión" }).click();
    await expect(
      editorPage.getByRole("status").filter({ hasText: "se le pide a un administrador que lo confirme" }),
    ).toBeVisible();
    await expect(editorPage.getByTestId("status-to-confirm")).toContainText(
      "Usted hizo este cambio; otra persona del personal debe confirmarlo.",
    );
    await expect(editorPage.getByRole("button", { name: "Confirmar" })).toHaveCount(0);
    expect(await whatResidentsRead(resident, request, meeting, slots)).toEqual(everywhere("new cancelled"));

    await page.goto("/es/admin?tab=review");
    const row = page.locator("main tr", { hasText: titleEs });
    await expect(row).toContainText("Cancelada: hecho, confirme por favor");
    await row.getByRole("link", { name: titleEs }).click();
    await expect(page.getByTestId("status-to-confirm")).toContainText(
      `${editor.name} canceló esta reunión. Se publicó de inmediato`,
    );
    expect(await axeViolations(page, "confirm a cancellation")).toEqual([]);
    await page.getByRole("button", { name: "Confirmar" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Confirmado. La reunión se queda como está" }),
    ).toBeVisible();
    await expect(page.getByTestId("status-to-confirm")).toHaveCount(0);
    expect(await whatResidentsRead(resident, request, meeting, slots)).toEqual(everywhere("new cancelled"));
    // The audit log names who cancelled and who confirmed.
    await page.goto("/es/admin/audit");
    const entries = page.locator("main tr", { hasText: titleEs });
    await expect(entries.filter({ hasText: editor.email }).filter({ hasText: "Reunión · canceló" })).toHaveCount(1);
    // Newest first: the confirmation.
    await expect(entries.first()).toContainText("demo-admin@encuentros.test");
    await expect(entries.first()).toContainText("Reunión · aprobó");
  } finally {
    await setReviewRequired(page, series, false);
  }
});
