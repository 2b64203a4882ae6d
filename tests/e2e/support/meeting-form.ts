import { expect, type Page } from "@playwright/test";
import { MEETING_TEXT, NEW_PLACE } from "../../support/meeting-factory";
import type { TestLocale } from "./public-pages";

/** "YYYY-MM-DD" of today plus `days` in Dallas, whatever the test machine's zone. */
export function dallasDate(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export type NewMeeting = {
  titleEn: string;
  titleEs: string;
  venueName: string;
  date: string;
  startTime?: string;
  endTime?: string;
};

/** Fills the new-meeting form, as the factory's values, with a place typed in (its own venue, so tests never overlap). */
export async function fillNewMeeting(page: Page, meeting: NewMeeting): Promise<void> {
  await page.locator("#date").fill(meeting.date);
  await page.locator("#startTime").fill(meeting.startTime ?? "18:00");
  await page.locator("#endTime").fill(meeting.endTime ?? "19:30");
  await page.locator("#venueMode-new").check();
  await expect(page.locator("#venueName")).toBeVisible();
  await page.locator("#venueName").fill(meeting.venueName);
  await page.locator("#venueStreet").fill(NEW_PLACE.venueStreet);
  await page.locator("#venuePostalCode").fill(NEW_PLACE.venuePostalCode);
  await page.locator("#titleEn").fill(meeting.titleEn);
  await page.locator("#titleEs").fill(meeting.titleEs);
  await page.locator("#descriptionEn").fill(MEETING_TEXT.descriptionEn);
  await page.locator("#descriptionEs").fill(MEETING_TEXT.descriptionEs);
  await page.locator("#hostName").fill(MEETING_TEXT.hostName);
  await expect(page.locator("#titleEs")).toHaveValue(meeting.titleEs);
  await expect(page.locator("#venueName")).toHaveValue(meeting.venueName);
}

export const PUBLISH_LABELS = {
  en: { start: "Publish…", confirm: "Publish", draft: "Save as draft" },
  es: { start: "Publicar…", confirm: "Publicar", draft: "Guardar como borrador" },
} as const;

/** On a draft's edit page: publish it now from the publish step, as residents will read it. */
export async function publishFromEditPage(page: Page, locale: TestLocale): Promise<void> {
  await expect(page.getByTestId(`confirm-${locale}`)).toBeVisible();
  await page.getByRole("button", { name: PUBLISH_LABELS[locale].confirm, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/meetings\/[a-z0-9]+\?saved=published$/);
}

/** Creates a meeting through the form, publishes it (so it is public, as before drafts existed) and returns its edit page path. */
export async function createMeetingThroughForm(page: Page, locale: TestLocale, meeting: NewMeeting): Promise<string> {
  await page.goto(`/${locale}/admin/meetings/new`);
  await fillNewMeeting(page, meeting);
  await page.getByRole("button", { name: PUBLISH_LABELS[locale].start, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/meetings\/[a-z0-9]+\?saved=created$/);
  await publishFromEditPage(page, locale);
  return new URL(page.url()).pathname;
}

export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
