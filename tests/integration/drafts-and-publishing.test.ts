import { beforeAll, describe, expect, it } from "vitest";
import { schemaErrors } from "@/tests/support/schema-errors";
import { cancelFormSchema, deleteMeetingSchema, postponeFormSchema, recurringFormSchema } from "@/lib/meetings/schema";
import { publishFormSchema, reviewFormSchema } from "@/lib/publishing/schema";
import type { StaffUser } from "@/lib/auth/roles";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { seriesCalendarFeed, upcomingRssFeed, venueCalendarFeed } from "@/lib/feeds/data";
import { loadWidgetContent } from "@/lib/embed/data";
import { loadMeetingFlyer, loadPartnerFlyer } from "@/lib/flyer/flyer-content";
import {
  getCurrentSeries,
  getMeetingBySlug,
  listFilterOptions,
  listPastMeetings,
  listSeriesMeetings,
  listUpcomingMeetings,
  listUpcomingMeetingsAtVenue,
  listVenueMeetingsSince,
} from "@/lib/meetings/data";
import { meetingExists } from "@/lib/meetings/meeting-exists";
import { editNotice } from "@/lib/meetings/edit-notice";
import {
  cancelMeeting,
  createMeeting,
  createRecurringMeetings,
  deleteMeeting,
  postponeMeeting,
  updateMeeting,
} from "@/lib/meetings/mutations";
import { getPublishSummary } from "@/lib/publishing/data";
import { publishMeeting, reviewMeeting } from "@/lib/publishing/mutations";
import { publishDueMeetings } from "@/lib/publishing/scheduler";
import { instantToZonedParts } from "@/lib/time/central-time";
import { getSeriesForEdit } from "@/lib/series/data";
import { sitemapEntries } from "@/lib/sitemap/entries";
import { listDirectoryEntries } from "@/lib/venues/directory";
import { updateSeries } from "@/lib/series/mutations";
import { seriesInputSchema } from "@/lib/series/schema";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { meetingFormValues, meetingInput } from "@/tests/support/meeting-factory";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const TODAY = "2027-01-10";
// Noon in Dallas on TODAY.
const NOW = new Date("2027-01-10T18:00:00Z");
const SINCE = new Date("2026-01-01T00:00:00Z");
const LATER = new Date("2027-06-01T00:00:00Z");
// The widget shows only the next few sessions: look from the drafts' own morning (4 AM in Dallas).
const DRAFT_MORNING = new Date("2027-02-05T10:00:00Z");

/** A calendar file's text with its folded lines joined again (RFC 5545 folds at 75 octets). */
const unfolded = (ics: string | undefined) => (ics ?? "").replace(/\r?\n[ \t]/g, "");

describe.each(DATABASE_KINDS)("drafts, review and scheduled publishing on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { seedOn: TODAY, inApp: true });
  let seriesId: string;
  let partner: { id: string; slug: string };
  let admin: StaffUser;
  let editor: StaffUser;
  let otherEditor: StaffUser;
  let hour = 6;

  async function staff(role: StaffRole, name: string): Promise<StaffUser> {
    const user = await createStaffAccount(database.db, {
      email: `${name}-${kind}@example.org`,
      name,
      password: "correct-horse-battery-2027",
      role,
    });
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }

  /** A draft at the partner venue on 5 February, each at its own morning hour (so none overlap). */
  async function draft(title: string, overrides: Record<string, unknown> = {}) {
    hour += 1;
    const startTime = `${String(hour).padStart(2, "0")}:00`;
    const endTime = `${String(hour).padStart(2, "0")}:45`;
    const values = meetingFormValues(seriesId, partner.id, {
      date: "2027-02-05",
      startTime,
      endTime,
      titleEn: title,
      titleEs: `${title} (es)`,
      ...overrides,
    });
    const created = await createMeeting(editor, meetingInput(values), NOW, "draft");
    if (!created.ok) throw new Error(`draft refused: ${JSON.stringify(created)}`);
    return { ...created, values };
  }

  beforeAll(async () => {
    const db = database.db;
    seriesId = (await db.series.findUniqueOrThrow({ where: { slug: DEMO_SERIES_SLUG } })).id;
    partner = await db.venue.findFirstOrThrow({
      where: { isPartner: true },
      select: { id: true, slug: true },
      orderBy: { slug: "asc" },
    });
    admin = await staff("ADMIN", "admin");
    editor = await staff("EDITOR", "editor");
    otherEditor = await staff("EDITOR", "other-editor");
  });

  /** Every public read that could show the meeting, each answering whether it does. */
  async function publicSightings(slug: string, title: string): Promise<Record<string, boolean>> {
    const series = (await getCurrentSeries(TODAY, "en"))!;
    const has = (list: { slug: string }[]) => list.some((meeting) => meeting.slug === slug);
    const past = await listPastMeetings("en", LATER, 1);
    const options = await listFilterOptions(series.id, NOW);
    const startsAt = (await database.db.meeting.findUniqueOrThrow({ where: { slug } })).startsAt.getTime();
    return {
      listing: has(await listUpcomingMeetings(series.id, "en", NOW)),
      filterDates: options.startDates.some((date) => date.getTime() === startsAt),
      archive: has(past.meetings),
      meetingPageEn: Boolean(await getMeetingBySlug(slug, "en")),
      meetingPageEs: Boolean(await getMeetingBySlug(slug, "es")),
      proxyExists: await meetingExists(slug),
      seriesFeed: has(await listSeriesMeetings(series.id, "en", { since: SINCE, now: NOW })),
      venueFeed: has(await listVenueMeetingsSince(partner.id, "en", { since: SINCE, now: NOW })),
      partnerPage: has(await listUpcomingMeetingsAtVenue(partner.id, "en", NOW, 50)),
      seriesIcs: unfolded((await seriesCalendarFeed(series.slug, "en", NOW))?.body).includes(slug),
      venueIcs: unfolded((await venueCalendarFeed(partner.slug, "en", NOW))?.body).includes(slug),
      rss: (await upcomingRssFeed("en", NOW)).body.includes(slug),
      widget: JSON.stringify(await loadWidgetContent("en", undefined, DRAFT_MORNING)).includes(slug),
      venueWidget: JSON.stringify(await loadWidgetContent("en", partner.slug, DRAFT_MORNING)).includes(slug),
      meetingFlyer: Boolean(await loadMeetingFlyer(slug)),
      partnerFlyer: JSON.stringify(await loadPartnerFlyer(partner.slug, NOW)).includes(title),
      sitemap: (await sitemapEntries(NOW)).some((entry) => entry.url.includes(slug)),
    };
  }

  const everywhere = (value: boolean) =>
    expect.objectContaining(
      Object.fromEntries(
        [
          "listing",
          "filterDates",
          "meetingPageEn",
          "meetingPageEs",
          "proxyExists",
          "seriesFeed",
          "venueFeed",
          "partnerPage",
          "seriesIcs",
          "venueIcs",
          "rss",
          "widget",
          "venueWidget",
          "meetingFlyer",
          "partnerFlyer",
          "sitemap",
        ].map((key) => [key, value]),
      ),
    );

  it("keeps a draft off every public surface until it is published, then shows it on all of them", async () => {
    const title = `Draft ${kind} visible later`;
    // The partners' directory counts the sessions to come at each place.
    const countAtPartner = async () =>
      (await listDirectoryEntries("en", NOW)).find((entry) => entry.venue.slug === partner.slug)?.upcoming.total ?? 0;
    const countBefore = await countAtPartner();
    const created = await draft(title);
    const before = await publicSightings(created.slug, title);
    expect(before).toEqual(everywhere(false));
    expect(before.archive).toBe(false);
    expect(await countAtPartner()).toBe(countBefore);

    const published = await publishMeeting(admin, created.id, publishFormSchema.parse({ version: 1 }), NOW);
    expect(published).toEqual({ ok: true, id: created.id, outcome: "published" });
    expect(await publicSightings(created.slug, title)).toEqual(everywhere(true));
    expect(await countAtPartner()).toBe(countBefore + 1);
    expect(await database.db.auditEntry.count({ where: { entityId: created.id, action: "PUBLISH" } })).toBe(1);
  });

  it("refuses to publish a meeting whose Spanish description is missing, and changes nothing", async () => {
    const created = await draft(`Draft ${kind} without Spanish`, { descriptionEs: "" });
    const auditBefore = await database.db.auditEntry.count();
    const result = await publishMeeting(admin, created.id, publishFormSchema.parse({ version: 1 }), NOW);
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      errors: { form: { key: "missingTranslation" }, descriptionEs: { key: "missingTranslation" } },
    });
    const row = await database.db.meeting.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ publication: "DRAFT", version: 1 });
    expect(await database.db.auditEntry.count()).toBe(auditBefore);
  });

  it("names another session of a set by its date when it lacks a text, and this session's own fields when it does", async () => {
    const title = `Incomplete set ${kind}`;
    // Thursday 11 and Friday 12 February, before dawn: no other test's slot at the partner.
    const values = {
      ...meetingFormValues(seriesId, partner.id, {
        titleEn: title,
        titleEs: `${title} (es)`,
        startTime: "04:00",
        endTime: "04:30",
      }),
      date: undefined,
      fromDate: "2027-02-11",
      weekdays: ["4", "5"],
      endMode: "date",
      untilDate: "2027-02-12",
    };
    const created = await createRecurringMeetings(editor, recurringFormSchema.parse(values), NOW, "draft");
    if (!created.ok) throw new Error(`set refused: ${JSON.stringify(created)}`);
    const [first, second] = created.ids as [string, string];
    await database.db.meetingTranslation.update({
      where: { meetingId_locale: { meetingId: second, locale: "es" } },
      data: { description: "" },
    });

    expect(await publishMeeting(admin, first, publishFormSchema.parse({ version: 1 }), NOW)).toEqual({
      ok: false,
      reason: "invalid",
      errors: { form: { key: "setMeetingIncomplete", values: { sessionDate: "2027-02-12" } } },
    });
    expect(await publishMeeting(admin, second, publishFormSchema.parse({ version: 1 }), NOW)).toEqual({
      ok: false,
      reason: "invalid",
      errors: { form: { key: "missingTranslation" }, descriptionEs: { key: "missingTranslation" } },
    });
    expect(
      (await database.db.meeting.findMany({ where: { id: { in: created.ids } } })).map((row) => row.publication),
    ).toEqual(["DRAFT", "DRAFT"]);
    // Each session of the set opens its own page from the publish step.
    expect((await getPublishSummary(first))!.sessions.map((session) => session.id)).toEqual([first, second]);
  });

  it("says what a saved edit did for residents: still a draft, still scheduled, or live now", async () => {
    const created = await draft(`Draft ${kind} edit notices`);
    const saved = async (version: number) => {
      const result = await updateMeeting(editor, created.id, version, meetingInput(created.values), NOW);
      if (!result.ok) throw new Error(`edit refused: ${JSON.stringify(result)}`);
      return editNotice(result, NOW);
    };
    expect(await saved(1)).toBe("updatedDraft");
    const at = instantToZonedParts(new Date(NOW.getTime() + 60 * 60_000));
    expect(
      await publishMeeting(
        editor,
        created.id,
        publishFormSchema.parse({ version: 2, publishDate: at.date, publishTime: at.time }),
        NOW,
      ),
    ).toMatchObject({ outcome: "scheduled" });
    expect(await saved(3)).toBe("updatedScheduled");
    expect(await publishMeeting(editor, created.id, publishFormSchema.parse({ version: 4 }), NOW)).toMatchObject({
      outcome: "published",
    });
    expect(await saved(5)).toBe("updated");
  });

  it("refuses to cancel or move a meeting that was never public, and deletes the draft instead, on the record", async () => {
    const created = await draft(`Draft ${kind} never public`);
    const notes = { statusNoteEn: "Not happening.", statusNoteEs: "No se hará." };
    const neverPublic = { ok: false, reason: "invalid", errors: { form: { key: "neverPublic" } } };
    expect(
      await cancelMeeting(editor, created.id, cancelFormSchema.parse({ version: 1, ...notes }), { dryRun: true }),
    ).toEqual(neverPublic);
    expect(await cancelMeeting(editor, created.id, cancelFormSchema.parse({ version: 1, ...notes }))).toEqual(
      neverPublic,
    );
    expect(
      await postponeMeeting(
        editor,
        created.id,
        postponeFormSchema.parse({ version: 1, date: "2027-02-06", startTime: "06:00", endTime: "06:30", ...notes }),
        NOW,
      ),
    ).toEqual(neverPublic);
    expect(await database.db.meeting.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "SCHEDULED",
      version: 1,
      publication: "DRAFT",
    });

    expect(await deleteMeeting(editor, created.id, deleteMeetingSchema.parse({ version: 1, confirm: "yes" }))).toEqual({
      ok: true,
    });
    expect(await database.db.meeting.findUnique({ where: { id: created.id } })).toBeNull();
    expect(await database.db.auditEntry.findFirst({ where: { entityId: created.id, action: "DELETE" } })).toMatchObject(
      { actorId: editor.id, before: { publication: "DRAFT" } },
    );
  });

  it("warns before publishing about an overlap, a date outside the series, a place without an address and interpretation with nobody noted, and still publishes", async () => {
    const db = database.db;
    const checked = await draft(`Draft ${kind} with warnings`, {
      interpretation: ["en"],
      accessibilityNotesEn: "",
      accessibilityNotesEs: "",
    });
    const other = await draft(`Draft ${kind} in the same slot`);
    const slot = await db.meeting.findUniqueOrThrow({
      where: { id: checked.id },
      select: { startsAt: true, endsAt: true },
    });
    await db.meeting.update({ where: { id: other.id }, data: slot });
    expect((await getPublishSummary(checked.id))!.checks).toEqual({
      blocking: {},
      warnings: ["venueOverlap", "interpreterNotNoted"],
    });

    const noAddress = await db.venue.create({
      data: {
        slug: `no-address-${kind}`,
        kind: "CHURCH",
        name: "No address",
        street: "",
        city: "Dallas",
        postalCode: "",
      },
    });
    await db.meeting.update({
      where: { id: checked.id },
      data: {
        venueId: noAddress.id,
        startsAt: new Date("2030-01-01T16:00:00Z"),
        endsAt: new Date("2030-01-01T17:00:00Z"),
      },
    });
    expect((await getPublishSummary(checked.id))!.checks.warnings).toEqual([
      "outsideSeries",
      "venueWithoutAddress",
      "interpreterNotNoted",
    ]);
    expect(await publishMeeting(admin, checked.id, publishFormSchema.parse({ version: 1 }), NOW)).toMatchObject({
      ok: true,
      outcome: "published",
    });
    // Out of the series' dates it would stop the series from being saved in the tests below.
    await db.meeting.delete({ where: { id: checked.id } });
  });

  it("makes an editor's publish wait for review; the author cannot approve it, another editor can, at a scheduled time", async () => {
    await database.db.series.update({
      where: { id: seriesId },
      data: { requiresReview: true, editorsMayReview: true },
    });
    try {
      const title = `Draft ${kind} reviewed`;
      const created = await draft(title);
      expect(await publishMeeting(editor, created.id, publishFormSchema.parse({ version: 1 }), NOW)).toMatchObject({
        ok: true,
        outcome: "inReview",
      });
      expect(await publicSightings(created.slug, title)).toEqual(everywhere(false));

      const own = await reviewMeeting(
        editor,
        created.id,
        reviewFormSchema.parse({ version: 2, decision: "approve" }),
        NOW,
      );
      expect(own).toMatchObject({ ok: false, reason: "invalid", errors: { form: { key: "ownRequest" } } });
      expect((await database.db.meeting.findUniqueOrThrow({ where: { id: created.id } })).publication).toBe(
        "IN_REVIEW",
      );

      const at = instantToZonedParts(new Date(NOW.getTime() + 2 * 60_000));
      const approved = await reviewMeeting(
        otherEditor,
        created.id,
        reviewFormSchema.parse({ version: 2, decision: "approve", publishDate: at.date, publishTime: at.time }),
        NOW,
      );
      expect(approved).toMatchObject({ ok: true, outcome: "scheduled" });
      // Scheduled for 2 minutes after NOW, which is still ahead of the real clock: not public yet.
      expect(await getMeetingBySlug(created.slug, "en")).toBeNull();
      const actions = await database.db.auditEntry.findMany({
        where: { entityId: created.id },
        orderBy: { createdAt: "asc" },
        select: { action: true, actorId: true },
      });
      expect(actions).toEqual([
        { action: "CREATE", actorId: editor.id },
        { action: "REQUEST_REVIEW", actorId: editor.id },
        { action: "APPROVE", actorId: otherEditor.id },
      ]);
    } finally {
      await database.db.series.update({
        where: { id: seriesId },
        data: { requiresReview: false, editorsMayReview: false },
      });
    }
  });

  it("sends a meeting waiting for review, or approved and scheduled, back to draft when an editor changes it; an admin's edit keeps its place", async () => {
    await database.db.series.update({ where: { id: seriesId }, data: { requiresReview: true } });
    try {
      const created = await draft(`Draft ${kind} edited in review`);
      const row = () => database.db.meeting.findUniqueOrThrow({ where: { id: created.id } });
      expect(await publishMeeting(editor, created.id, publishFormSchema.parse({ version: 1 }), NOW)).toMatchObject({
        outcome: "inReview",
      });

      // The author changes the title while the reviewer looks: the request is void.
      const edited = await updateMeeting(
        editor,
        created.id,
        2,
        meetingInput({ ...created.values, titleEn: "Changed after asking" }),
        NOW,
      );
      expect(edited).toMatchObject({ ok: true, backToDraft: true });
      expect(await row()).toMatchObject({
        publication: "DRAFT",
        reviewRequestedById: null,
        publishAt: null,
        version: 3,
      });
      const update = await database.db.auditEntry.findFirstOrThrow({
        where: { entityId: created.id, action: "UPDATE" },
      });
      expect(update.before).toMatchObject({ publication: "IN_REVIEW" });
      expect(update.after).toMatchObject({ publication: "DRAFT" });

      // Asked again and approved for later: an edit by the author (or any editor) voids the approval too.
      expect(await publishMeeting(editor, created.id, publishFormSchema.parse({ version: 3 }), NOW)).toMatchObject({
        outcome: "inReview",
      });
      const at = instantToZonedParts(new Date(NOW.getTime() + 60 * 60_000));
      expect(
        await reviewMeeting(
          admin,
          created.id,
          reviewFormSchema.parse({ version: 4, decision: "approve", publishDate: at.date, publishTime: at.time }),
          NOW,
        ),
      ).toMatchObject({ outcome: "scheduled" });
      expect(
        await updateMeeting(
          otherEditor,
          created.id,
          5,
          meetingInput({ ...created.values, titleEs: "Cambiada tras aprobarla" }),
          NOW,
        ),
      ).toMatchObject({ ok: true, backToDraft: true });
      expect(await row()).toMatchObject({ publication: "DRAFT", publishAt: null });

      // An admin could publish it directly, so their edit leaves a request waiting, and a schedule in place.
      expect(await publishMeeting(editor, created.id, publishFormSchema.parse({ version: 6 }), NOW)).toMatchObject({
        outcome: "inReview",
      });
      expect(await updateMeeting(admin, created.id, 7, meetingInput(created.values), NOW)).toMatchObject({
        ok: true,
        backToDraft: false,
      });
      expect(await row()).toMatchObject({ publication: "IN_REVIEW", reviewRequestedById: editor.id });
    } finally {
      await database.db.series.update({ where: { id: seriesId }, data: { requiresReview: false } });
    }
  });

  it("keeps an editor's edit of a scheduled meeting scheduled in a series without review (they could publish it directly)", async () => {
    const created = await draft(`Draft ${kind} scheduled, no review`);
    const at = instantToZonedParts(new Date(NOW.getTime() + 60 * 60_000));
    expect(
      await publishMeeting(
        editor,
        created.id,
        publishFormSchema.parse({ version: 1, publishDate: at.date, publishTime: at.time }),
        NOW,
      ),
    ).toMatchObject({ outcome: "scheduled" });
    expect(await updateMeeting(editor, created.id, 2, meetingInput(created.values), NOW)).toMatchObject({
      ok: true,
      backToDraft: false,
    });
    expect((await database.db.meeting.findUniqueOrThrow({ where: { id: created.id } })).publication).toBe("SCHEDULED");
  });

  it("drafts a recurring set as a whole, then asks for review of, approves and schedules every session in one action each", async () => {
    await database.db.series.update({ where: { id: seriesId }, data: { requiresReview: true } });
    try {
      const title = `Set ${kind}`;
      // Wednesdays and Fridays from 10 February through 19 February: four sessions.
      const values = {
        ...meetingFormValues(seriesId, partner.id, {
          titleEn: title,
          titleEs: `${title} (es)`,
          startTime: "05:00",
          endTime: "05:45",
        }),
        date: undefined,
        fromDate: "2027-02-10",
        weekdays: ["3", "5"],
        endMode: "date",
        untilDate: "2027-02-19",
      };
      const created = await createRecurringMeetings(editor, recurringFormSchema.parse(values), NOW, "draft");
      if (!created.ok) throw new Error(`set refused: ${JSON.stringify(created)}`);
      expect(created.ids).toHaveLength(4);
      const rows = () =>
        database.db.meeting.findMany({ where: { id: { in: created.ids } }, orderBy: { startsAt: "asc" } });
      const sessions = await rows();
      expect(new Set(sessions.map((row) => row.setId)).size).toBe(1);
      expect(sessions.every((row) => row.publication === "DRAFT" && row.setId)).toBe(true);
      for (const row of sessions) expect(await getMeetingBySlug(row.slug, "es")).toBeNull();
      // The confirmation lists every date of the set.
      expect((await getPublishSummary(created.ids[0]!))!.sessions.map((session) => session.startsAt)).toEqual(
        sessions.map((row) => row.startsAt),
      );

      expect(await publishMeeting(editor, created.ids[0]!, publishFormSchema.parse({ version: 1 }), NOW)).toMatchObject(
        { ok: true, outcome: "inReview" },
      );
      expect((await rows()).map((row) => row.publication)).toEqual([
        "IN_REVIEW",
        "IN_REVIEW",
        "IN_REVIEW",
        "IN_REVIEW",
      ]);
      expect(
        await reviewMeeting(editor, created.ids[2]!, reviewFormSchema.parse({ version: 2, decision: "approve" }), NOW),
      ).toMatchObject({ ok: false });

      const at = instantToZonedParts(new Date(NOW.getTime() + 2 * 60_000));
      expect(
        await reviewMeeting(
          admin,
          created.ids[2]!,
          reviewFormSchema.parse({ version: 2, decision: "approve", publishDate: at.date, publishTime: at.time }),
          NOW,
        ),
      ).toMatchObject({ ok: true, outcome: "scheduled" });
      const scheduled = await rows();
      expect(scheduled.map((row) => row.publication)).toEqual(["SCHEDULED", "SCHEDULED", "SCHEDULED", "SCHEDULED"]);
      expect(new Set(scheduled.map((row) => row.publishAt?.getTime())).size).toBe(1);
      expect(
        await database.db.auditEntry.count({
          where: { entityId: { in: created.ids }, action: "APPROVE", actorId: admin.id },
        }),
      ).toBe(4);
    } finally {
      await database.db.series.update({ where: { id: seriesId }, data: { requiresReview: false } });
    }
  });

  it("sends a request back to draft only with a comment, and records it", async () => {
    await database.db.series.update({ where: { id: seriesId }, data: { requiresReview: true } });
    try {
      const created = await draft(`Draft ${kind} sent back`);
      await publishMeeting(editor, created.id, publishFormSchema.parse({ version: 1 }), NOW);
      expect(schemaErrors(reviewFormSchema, { version: 2, decision: "sendBack", comment: "" })).toEqual({
        comment: { key: "commentRequired" },
      });
      expect(
        await reviewMeeting(
          otherEditor,
          created.id,
          reviewFormSchema.parse({ version: 2, decision: "sendBack", comment: "Wrong church" }),
          NOW,
        ),
      ).toEqual({ ok: false, reason: "forbidden" });
      expect(
        await reviewMeeting(
          admin,
          created.id,
          reviewFormSchema.parse({ version: 2, decision: "sendBack", comment: "Wrong church" }),
          NOW,
        ),
      ).toMatchObject({ ok: true, outcome: "sentBack" });
      const row = await database.db.meeting.findUniqueOrThrow({ where: { id: created.id } });
      expect(row).toMatchObject({ publication: "DRAFT", reviewComment: "Wrong church" });
      const sentBack = await database.db.auditEntry.findFirstOrThrow({
        where: { entityId: created.id, action: "SEND_BACK", actorId: admin.id },
      });
      expect(sentBack.after).toMatchObject({ publication: "DRAFT", reviewComment: "Wrong church" });
    } finally {
      await database.db.series.update({ where: { id: seriesId }, data: { requiresReview: false } });
    }
  });

  it("lets only an admin change whether a series needs review (an editor cannot switch it off)", async () => {
    await database.db.series.update({ where: { id: seriesId }, data: { requiresReview: true } });
    const values = (await getSeriesForEdit(seriesId))!.values;
    const withoutReview = seriesInputSchema.parse({ ...values, requiresReview: false });
    expect(await updateSeries(editor, seriesId, withoutReview)).toMatchObject({ ok: true });
    expect((await database.db.series.findUniqueOrThrow({ where: { id: seriesId } })).requiresReview).toBe(true);
    expect(await updateSeries(admin, seriesId, withoutReview)).toMatchObject({ ok: true });
    expect((await database.db.series.findUniqueOrThrow({ where: { id: seriesId } })).requiresReview).toBe(false);
  });

  it("publishes each due scheduled meeting exactly once when two schedulers run at the same moment", async () => {
    const at = new Date(NOW.getTime() + 60 * 60_000);
    const when = instantToZonedParts(at);
    const ids: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      const created = await draft(`Scheduled ${kind} ${index}`);
      expect(
        await publishMeeting(
          admin,
          created.id,
          publishFormSchema.parse({ version: 1, publishDate: when.date, publishTime: when.time }),
          NOW,
        ),
      ).toMatchObject({ outcome: "scheduled" });
      ids.push(created.id);
    }
    const mine = (published: string[]) => published.filter((id) => ids.includes(id));
    expect(mine(await publishDueMeetings(new Date(at.getTime() - 1000)))).toEqual([]);

    const due = new Date(at.getTime() + 30_000);
    const [first, second] = await Promise.all([publishDueMeetings(due), publishDueMeetings(due)]);
    const both = [...first, ...second];
    expect(new Set(both).size, "no meeting published twice").toBe(both.length);
    expect(mine(both).sort()).toEqual([...ids].sort());
    const rows = await database.db.meeting.findMany({ where: { id: { in: ids } }, select: { publication: true } });
    expect(rows.every((row) => row.publication === "PUBLISHED")).toBe(true);
    for (const id of ids) {
      expect(
        await database.db.auditEntry.count({
          where: { entityId: id, action: "PUBLISH", actorKind: "SCHEDULER", actorId: null },
        }),
      ).toBe(1);
    }
    expect(await publishDueMeetings(due)).toEqual([]);
  });
});
