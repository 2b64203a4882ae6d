import { beforeAll, describe, expect, it, vi } from "vitest";
import { cancelFormSchema, deleteMeetingSchema, postponeFormSchema } from "@/lib/meetings/schema";
import { revisionReviewSchema } from "@/lib/meeting-revisions/schema";
import { confirmStatusFormSchema } from "@/lib/publishing/schema";
import type { StaffUser } from "@/lib/auth/roles";
import { meetingToIcs, meetingUid } from "@/lib/calendar/ics";
import { loadWidgetContent } from "@/lib/embed/data";
import { seriesCalendarFeed, upcomingRssFeed } from "@/lib/feeds/data";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPendingRevision } from "@/lib/meeting-revisions/data";
import { reviewMeetingRevision } from "@/lib/meeting-revisions/mutations";
import { listStaffMeetings } from "@/lib/meetings/admin-data";
import { getMeetingBySlug, listUpcomingMeetings } from "@/lib/meetings/data";
import { meetingPageUrl } from "@/lib/meetings/meeting-urls";
import { cancelMeeting, createMeeting, deleteMeeting, postponeMeeting, updateMeeting } from "@/lib/meetings/mutations";
import { confirmStatusChange } from "@/lib/publishing/mutations";
import { countWaitingForReview } from "@/lib/publishing/data";
import { formatMeetingWhen } from "@/lib/time/format";
import { setInterpreterArranged } from "@/lib/attendance/mutations";
import { updateVenue } from "@/lib/venues/mutations";
import { venueInputSchema } from "@/lib/venues/schema";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { useRequestCookies } from "@/tests/support/fake-next-headers";
import { parseIcs } from "@/tests/support/ical";
import { meetingFormData, meetingFormValues, meetingInput } from "@/tests/support/meeting-factory";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { settle, signedInStaff } from "@/tests/support/staff-sessions";
import { DATABASE_KINDS } from "@/tests/support/test-database";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

import { cancelMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";

const TODAY = "2027-01-10";
const NOW = new Date("2027-01-10T18:00:00Z");
const idle = { status: "idle", values: {}, errors: {} } as const;

/**
 * Review means review (lib/publishing/review-rule.ts): in a series that
 * requires review, an editor's change to a published meeting never reaches
 * residents before someone else approves it, even through the edit form's
 * plain save; a cancellation or new date goes live at once, is recorded,
 * and waits in the review list as "done, please confirm".
 */
describe.each(DATABASE_KINDS)("review in a series that requires it, on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { seedOn: TODAY, inApp: true });
  let db: PrismaClient;
  let seriesId: string;
  let seriesSlug: string;
  let admin: StaffUser;
  let editor: { user: StaffUser; cookie: string };
  let otherEditor: StaffUser;
  let counter = 0;

  /** A published meeting at a place of its own (so the place's widget shows only it), 9 February 6–7 PM Central. */
  async function publishedMeeting() {
    counter += 1;
    const venue = await db.venue.create({
      data: {
        slug: `review-rule-${kind}-${counter}`,
        kind: "CHURCH",
        name: `Iglesia ${counter}`,
        street: "1 Test Road",
        city: "Dallas",
        postalCode: "75201",
      },
    });
    const values = meetingFormValues(seriesId, venue.id, {
      date: "2027-02-09",
      startTime: "18:00",
      endTime: "19:00",
      titleEn: `Meeting ${counter}`,
      titleEs: `Reunión ${counter}`,
    });
    const created = await createMeeting(admin, meetingInput(values), NOW, "published");
    if (!created.ok) throw new Error(JSON.stringify(created));
    return { ...created, values, venueSlug: venue.slug };
  }

  /** When and in what state residents read the meeting: its page, the listing, its calendar file, the series calendar, RSS, the place's widget. */
  async function residentsSee(meeting: { slug: string; venueSlug: string }) {
    const page = (await getMeetingBySlug(meeting.slug, "es", NOW))!;
    const listed = (await listUpcomingMeetings(seriesId, "es", NOW)).find((row) => row.slug === meeting.slug)!;
    const own = parseIcs(meetingToIcs(page, "es", meetingPageUrl(page.slug, "es"))).events[0]!;
    const series = parseIcs((await seriesCalendarFeed(seriesSlug, "es", NOW))!.body).events.find(
      (event) => event.uid === meetingUid(page),
    )!;
    const rss =
      (await upcomingRssFeed("es", NOW)).body.split("<item>").find((item) => item.includes(meeting.slug)) ?? "";
    const widget = (await loadWidgetContent("es", meeting.venueSlug, NOW))!.items[0]!;
    const start = (event: typeof own) =>
      `${event.startDate.toJSDate().toISOString()} ${event.component.getFirstPropertyValue("status")}`;
    return {
      page: `${page.startsAt.toISOString()} ${page.status}`,
      listing: `${listed.startsAt.toISOString()} ${listed.status}`,
      meetingIcs: start(own),
      seriesIcs: start(series),
      // The item's "when" line, read as the time the page gives when it says the same.
      rss: `${rss.includes(formatMeetingWhen(page.startsAt, page.endsAt, "es")) ? page.startsAt.toISOString() : "another time"} ${rss.includes("Esta reunión se canceló.") ? "CANCELLED" : "listed"}`,
      widget: `${widget.startsAt.toISOString()} ${widget.cancelled ? "CANCELLED" : "listed"}`,
    };
  }

  const seen = (startsAt: string, status: string, ics: string) => ({
    page: `${startsAt} ${status}`,
    listing: `${startsAt} ${status}`,
    meetingIcs: `${startsAt} ${ics}`,
    seriesIcs: `${startsAt} ${ics}`,
    rss: `${startsAt} ${status === "CANCELLED" ? "CANCELLED" : "listed"}`,
    widget: `${startsAt} ${status === "CANCELLED" ? "CANCELLED" : "listed"}`,
  });

  beforeAll(async () => {
    db = database.db;
    const series = await db.series.update({ where: { slug: DEMO_SERIES_SLUG }, data: { requiresReview: true } });
    seriesId = series.id;
    seriesSlug = series.slug;
    admin = (await signedInStaff(db, "ADMIN", `review-admin-${kind}@example.org`)).user;
    editor = await signedInStaff(db, "EDITOR", `review-editor-${kind}@example.org`);
    otherEditor = (await signedInStaff(db, "EDITOR", `review-other-${kind}@example.org`)).user;
  });

  it("turns an editor's plain save of a published meeting into a draft change waiting for review: residents keep the old time everywhere until an admin approves", async () => {
    const meeting = await publishedMeeting();
    const before = await residentsSee(meeting);
    expect(before).toEqual(seen("2027-02-10T00:00:00.000Z", "SCHEDULED", "CONFIRMED"));
    const waiting = await countWaitingForReview();

    // The edit form's plain save, as a signed-in editor posts it (no intent: a form shown before the series asked for review).
    useRequestCookies(editor.cookie);
    const moved = { ...meeting.values, startTime: "20:00", endTime: "21:00" };
    const outcome = await settle(() =>
      updateMeetingAction("es", meeting.id, idle, meetingFormData({ ...moved, version: "1" })),
    );
    expect(outcome.redirect, JSON.stringify(outcome)).toBe(`/es/admin/meetings/${meeting.id}?saved=changeInReview`);

    expect(await residentsSee(meeting)).toEqual(before);
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      version: 1,
      publication: "PUBLISHED",
    });
    expect(await getPendingRevision(meeting.id)).toMatchObject({
      state: "IN_REVIEW",
      reviewRequestedById: editor.user.id,
      values: { startTime: "20:00" },
    });
    expect(await countWaitingForReview()).toBe(waiting + 1);
    expect((await listStaffMeetings("review", "", "es", NOW)).map((row) => row.id)).toContain(meeting.id);
    const entries = await db.auditEntry.findMany({
      where: { entityType: "meetingRevision", actorId: editor.user.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(entries.map((entry) => entry.action)).toEqual(["CREATE", "REQUEST_REVIEW"]);

    expect(
      await reviewMeetingRevision(admin, meeting.id, revisionReviewSchema.parse({ version: 2, decision: "approve" })),
    ).toMatchObject({ ok: true, outcome: "changePublished" });
    expect(await residentsSee(meeting)).toEqual(seen("2027-02-10T02:00:00.000Z", "SCHEDULED", "CONFIRMED"));
    expect(await countWaitingForReview()).toBe(waiting);
  });

  it("refuses the live edit itself for an editor (also when it moves a meeting into the series), and lets an admin's save go live at once", async () => {
    const meeting = await publishedMeeting();
    const auditBefore = await db.auditEntry.count();
    expect(
      await updateMeeting(
        editor.user,
        meeting.id,
        1,
        meetingInput({ ...meeting.values, titleEs: "Cambiada sin revisión" }),
        NOW,
      ),
    ).toMatchObject({
      ok: false,
      reason: "invalid",
      errors: { form: { key: "changeNeedsReview" } },
    });
    const open = await db.series.create({
      data: {
        slug: `open-${kind}`,
        organizer: "DPD",
        startsOn: new Date("2027-01-01"),
        endsOn: new Date("2027-12-31"),
      },
    });
    const elsewhere = await db.meeting.update({ where: { id: meeting.id }, data: { seriesId: open.id } });
    expect(
      await updateMeeting(
        editor.user,
        meeting.id,
        elsewhere.version,
        meetingInput({ ...meeting.values, seriesId }),
        NOW,
      ),
    ).toMatchObject({ errors: { form: { key: "changeNeedsReview" } } });
    expect(await db.auditEntry.count()).toBe(auditBefore);
    expect((await getMeetingBySlug(meeting.slug, "es", NOW))?.title).toBe(meeting.values.titleEs);

    expect(
      await updateMeeting(
        admin,
        meeting.id,
        elsewhere.version,
        meetingInput({ ...meeting.values, titleEs: "Corregida por la administradora" }),
        NOW,
      ),
    ).toMatchObject({ ok: true });
    expect((await getMeetingBySlug(meeting.slug, "es", NOW))?.title).toBe("Corregida por la administradora");
  });

  it("publishes an editor's cancellation at once, records it, and lists it as done, please confirm, until someone else confirms it", async () => {
    const meeting = await publishedMeeting();
    const waiting = await countWaitingForReview();
    useRequestCookies(editor.cookie);
    const notes = { statusNoteEn: "The hall flooded.", statusNoteEs: "Se inundó el salón." };
    const outcome = await settle(() =>
      cancelMeetingAction("es", meeting.id, idle, meetingFormData({ ...notes, version: "1", step: "confirm" })),
    );
    expect(outcome.redirect, JSON.stringify(outcome)).toBe(`/es/admin/meetings/${meeting.id}?saved=cancelledToConfirm`);

    expect(await residentsSee(meeting)).toEqual(seen("2027-02-10T00:00:00.000Z", "CANCELLED", "CANCELLED"));
    const cancelled = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    expect(cancelled).toMatchObject({ status: "CANCELLED", version: 2, statusToConfirmById: editor.user.id });
    const recorded = await db.auditEntry.findFirstOrThrow({ where: { entityId: meeting.id, action: "CANCEL" } });
    expect(recorded).toMatchObject({
      actorId: editor.user.id,
      before: { status: "SCHEDULED" },
      after: { status: "CANCELLED", statusToConfirmById: editor.user.id },
    });
    expect(await countWaitingForReview()).toBe(waiting + 1);
    expect((await listStaffMeetings("review", "", "es", NOW)).find((row) => row.id === meeting.id)).toMatchObject({
      status: "CANCELLED",
      awaitsConfirmation: true,
    });

    // Never by the person who made it; by another editor only where the series lets editors review.
    expect(await confirmStatusChange(otherEditor, meeting.id, confirmStatusFormSchema.parse({ version: 2 }))).toEqual({
      ok: false,
      reason: "forbidden",
    });
    await db.series.update({ where: { id: seriesId }, data: { editorsMayReview: true } });
    try {
      expect(
        await confirmStatusChange(editor.user, meeting.id, confirmStatusFormSchema.parse({ version: 2 })),
      ).toMatchObject({ ok: false, reason: "invalid", errors: { form: { key: "ownStatusChange" } } });
    } finally {
      await db.series.update({ where: { id: seriesId }, data: { editorsMayReview: false } });
    }
    expect(await confirmStatusChange(admin, meeting.id, confirmStatusFormSchema.parse({ version: 1 }))).toMatchObject({
      ok: false,
      reason: "conflict",
    });
    expect(await confirmStatusChange(admin, meeting.id, confirmStatusFormSchema.parse({ version: 2 }))).toEqual({
      ok: true,
      id: meeting.id,
      outcome: "statusConfirmed",
    });

    // Residents see nothing new: the calendar SEQUENCE (the version) stays.
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: "CANCELLED",
      version: 2,
      statusToConfirmById: null,
    });
    expect(await db.auditEntry.findFirstOrThrow({ where: { entityId: meeting.id, action: "APPROVE" } })).toMatchObject({
      actorId: admin.id,
    });
    expect(await countWaitingForReview()).toBe(waiting);
    expect((await listStaffMeetings("review", "", "es", NOW)).map((row) => row.id)).not.toContain(meeting.id);
    expect(await confirmStatusChange(admin, meeting.id, confirmStatusFormSchema.parse({ version: 2 }))).toMatchObject({
      errors: { form: { key: "nothingToConfirm" } },
    });
  });

  it("publishes an editor's new date at once too, to be confirmed; an admin's needs no confirmation and clears an editor's", async () => {
    const meeting = await publishedMeeting();
    const newDate = {
      date: "2027-02-11",
      startTime: "18:00",
      endTime: "19:00",
      statusNoteEn: "Moved by two days.",
      statusNoteEs: "Se movió dos días.",
    };
    expect(
      await postponeMeeting(editor.user, meeting.id, postponeFormSchema.parse({ ...newDate, version: 1 }), NOW),
    ).toMatchObject({ ok: true, toConfirm: true });
    expect(await residentsSee(meeting)).toEqual(seen("2027-02-12T00:00:00.000Z", "POSTPONED", "CONFIRMED"));
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      statusToConfirmById: editor.user.id,
    });

    expect(
      await cancelMeeting(
        admin,
        meeting.id,
        cancelFormSchema.parse({
          version: 2,
          statusNoteEn: "Cancelled after all.",
          statusNoteEs: "Al final se canceló.",
        }),
      ),
    ).toMatchObject({ ok: true, toConfirm: false });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: "CANCELLED",
      statusToConfirmById: null,
    });
  });

  it("keeps an editor from deleting a published meeting (cancelling is seen and confirmed; deleting would be neither); an admin may", async () => {
    const meeting = await publishedMeeting();
    expect(
      await deleteMeeting(editor.user, meeting.id, deleteMeetingSchema.parse({ version: 1, confirm: "yes" })),
    ).toMatchObject({ ok: false, errors: { form: { key: "deleteNeedsReview" } } });
    expect(await getMeetingBySlug(meeting.slug, "es", NOW)).not.toBeNull();
    expect(await deleteMeeting(admin, meeting.id, deleteMeetingSchema.parse({ version: 1, confirm: "yes" }))).toEqual({
      ok: true,
    });
    expect(await getMeetingBySlug(meeting.slug, "es", NOW)).toBeNull();
  });

  it("keeps an editor from moving a reviewed meeting by editing its place: the address residents read changes only by an admin's hand, the staff contact stays the editor's", async () => {
    const meeting = await publishedMeeting();
    const place = await db.venue.findUniqueOrThrow({ where: { slug: meeting.venueSlug } });
    const form = {
      name: place.name,
      kind: place.kind,
      street: place.street,
      city: place.city,
      region: place.region,
      postalCode: place.postalCode,
    };
    const input = (changes: Record<string, string>) => venueInputSchema.parse({ ...form, ...changes });
    const auditBefore = await db.auditEntry.count();

    expect(await updateVenue(editor.user, place.id, input({ street: "666 Trap Lane" }), NOW)).toEqual({
      ok: false,
      reason: "placeEditNeedsAdmin",
    });
    expect(await updateVenue(editor.user, place.id, input({ directionsEs: "Entre por el callejón." }), NOW)).toEqual({
      ok: false,
      reason: "placeEditNeedsAdmin",
    });
    expect((await getMeetingBySlug(meeting.slug, "es", NOW))?.venue.street).toBe("1 Test Road");
    expect(await db.auditEntry.count()).toBe(auditBefore);

    expect(
      await updateVenue(
        editor.user,
        place.id,
        input({ contactName: "Pastora Ruiz", contactPhone: "214-555-0101" }),
        NOW,
      ),
    ).toMatchObject({ ok: true });
    expect(await updateVenue(admin, place.id, input({ street: "2 Test Road" }), NOW)).toMatchObject({ ok: true });
    expect((await getMeetingBySlug(meeting.slug, "es", NOW))?.venue.street).toBe("2 Test Road");
    // Once the place hosts nothing upcoming in a reviewed series, it is an editor's to keep current again.
    expect(
      await updateVenue(editor.user, place.id, input({ street: "3 Test Road" }), new Date("2027-02-11T00:00:00Z")),
    ).toMatchObject({ ok: true });
  });

  it("keeps an editor from marking an interpreter arranged on a published meeting alone (residents read that list); an admin may", async () => {
    const meeting = await publishedMeeting();
    const arranged = (await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).interpretation;
    expect(arranged).not.toContain("vi");
    expect(
      await setInterpreterArranged(editor.user, meeting.id, { language: "vi", arranged: true, version: 1 }),
    ).toMatchObject({ ok: false, errors: { form: { key: "changeNeedsReview" } } });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).interpretation).toEqual(arranged);
    expect(
      await setInterpreterArranged(admin, meeting.id, { language: "vi", arranged: true, version: 1 }),
    ).toMatchObject({ ok: true });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).interpretation).toEqual([
      ...arranged,
      "vi",
    ]);
  });

  it("lets an editor cancel at once, with nothing to confirm, in a series without review", async () => {
    const meeting = await publishedMeeting();
    await db.series.update({ where: { id: seriesId }, data: { requiresReview: false } });
    try {
      expect(
        await cancelMeeting(
          editor.user,
          meeting.id,
          cancelFormSchema.parse({ version: 1, statusNoteEn: "Rain.", statusNoteEs: "Lluvia." }),
        ),
      ).toMatchObject({ ok: true, toConfirm: false });
      expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
        status: "CANCELLED",
        statusToConfirmById: null,
      });
    } finally {
      await db.series.update({ where: { id: seriesId }, data: { requiresReview: true } });
    }
  });
});
