import { expect, type APIRequestContext, type Download } from "@playwright/test";
import ICAL from "ical.js";
import fs from "node:fs/promises";

/** The fields of a one-event calendar file that decide what a resident's calendar shows. */
export type CalendarFile = {
  method: string;
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
  url: string;
  status: string;
  sequence: number;
};

export function parseCalendarFile(text: string): CalendarFile {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  expect(vevent, "the calendar file holds an event").not.toBeNull();
  expect(calendar.getAllSubcomponents("vevent")).toHaveLength(1);
  const event = new ICAL.Event(vevent!);
  return {
    method: String(calendar.getFirstPropertyValue("method")),
    uid: event.uid,
    start: event.startDate.toJSDate(),
    end: event.endDate.toJSDate(),
    summary: event.summary,
    location: event.location,
    description: event.description,
    url: String(vevent!.getFirstPropertyValue("url")),
    status: String(vevent!.getFirstPropertyValue("status")),
    sequence: event.sequence,
  };
}

/** Fetches a calendar file as a calendar app would, checking it is served as one. */
export async function fetchCalendarFile(request: APIRequestContext, path: string): Promise<CalendarFile> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/calendar\b/);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="[a-z0-9-]+\.ics"$/);
  return parseCalendarFile(await response.text());
}

/** Reads a calendar file the browser saved after a tap on its link. */
export async function readDownloadedCalendarFile(download: Download): Promise<CalendarFile> {
  expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.ics$/);
  return parseCalendarFile(await fs.readFile(await download.path(), "utf8"));
}
