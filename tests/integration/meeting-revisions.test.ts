import { beforeAll, describe, expect, it } from "vitest";
import { schemaErrors } from "@/tests/support/schema-errors";
import { cancelFormSchema } from "@/lib/meetings/schema";
import { revisionReviewSchema, revisionStepSchema } from "@/lib/meeting-revisions/schema";
import type { StaffUser } from "@/lib/auth/roles";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { loadWidgetContent } from "@/lib/embed/data";
import { seriesCalendarFeed, upcomingRssFeed } from "@/lib/feeds/data";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { getPendingRevision } from "@/lib/meeting-revisions/data";
import {
  discardMeetingRevision,
  publishMeetingRevision,
  reviewMeetingRevision,
  saveMeetingRevision,
} from "@/lib/meeting-revisions/mutations";
import { getCurrentSeries, getMeetingBySlug, getRevisionForPreview, listUpcomingMeetings } from "@/lib/meetings/data";
import { listStaffMeetings } from "@/lib/meetings/admin-data";
import { cancelMeeting, createMeeting } from "@/lib/meetings/mutations";
import { countWaitingForReview } from "@/lib/publishing/data";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { meetingFormValues, meetingInput } from "@/tests/support/meeting-factory";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { DATABASE_KINDS } from "@/tests/support/test-database";

const TODAY = "2027-01-10";
const NOW = new Date("2027-01-10T18:00:00Z");
const DAY_MORNING = new Date("2027-02-06T10:00:00Z");

const unfolded = (ics: string | undefined) => (ics ?? "").replace(/\r?\n[ \t]/g, "");

describe.each(DATABASE_KINDS)("draft changes to a published meeting on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { seedOn: TODAY, inApp: true });
  let seriesId: string;
  let venueId: string;
  let admin: StaffUser;
  let editor: StaffUser;
  let hour = 6;

  async function staff(role: StaffRole, name: string): Promise<StaffUser> {
    const user = await createStaffAccount(database.db, {
      email: `${name}-rev-${kind}@example.org`,
      name,
      password: "correct-horse-battery-2027",
      role,
    });
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }

  /** A published meeting on 6 February, each at its own hour; and its form values, to edit. */
  async function published(title: string) {
    hour += 1;
    const values = meetingFormValues(seriesId, venueId, {
      date: "2027-02-06",
      startTime: `${String(hour).padStart(2, "0")}:00`,
      endTime: `${String(hour).padStart(2, "0")}:45`,
      titleEn: title,
      titleEs: `${title} (es)`,
    });
    const created = await createMeeting(admin, meetingInput(values), NOW, "published");
    if (!created.ok) throw new Error(`refused: ${JSON.stringify(created)}`);
    return { ...created, values };
  }

  /** What residents read of the meeting: its page in both languages, the listing, the series calendar, RSS and the widget. */
  async function residentsRead(slug: string) {
    const series = (await getCurrentSeries(TODAY, "en"))!;
    const listed = (await listUpcomingMeetings(series.id, "en", NOW)).find((meeting) => meeting.slug === slug);
    const ics = unfolded((await seriesCalendarFeed(series.slug, "en", NOW))?.body);
    const event = ics.split("BEGIN:VEVENT").find((block) => block.includes(slug)) ?? "";
    return {
      pageEn: (await getMeetingBySlug(slug, "en"))?.title,
      pageEs: (await getMeetingBySlug(slug, "es"))?.title,
      listing: listed?.title,
      icsSummary: /SUMMARY:(.*)/.exec(event)?.[1]?.trim(),
      icsSequence: /SEQUENCE:(\d+)/.exec(event)?.[1],
      rss: (await upcomingRssFeed("en", NOW)).body.includes("Changed title"),
      widget: JSON.stringify(await loadWidgetContent("en", undefined, DAY_MORNING)).includes("Changed title"),
    };
  }

  beforeAll(async () => {
    seriesId = (await database.db.series.findUniqueOrThrow({ where: { slug: DEMO_SERIES_SLUG } })).id;
    venueId = (await database.db.venue.findFirstOrThrow({ where: { isPartner: true }, orderBy: { slug: "asc" } })).id;
    admin = await staff("ADMIN", "admin");
    editor = await staff("EDITOR", "editor");
  });

  it("keeps a draft change off every public surface while the preview shows it, then applies it with a version bump, a notification and audit entries", async () => {
    const meeting = await published(`Published ${kind}`);
    const before = await residentsRead(meeting.slug);
    expect(before).toMatchObject({
      pageEn: `Published ${kind}`,
      pageEs: `Published ${kind} (es)`,
      listing: `Published ${kind}`,
      icsSequence: "0",
      rss: false,
      widget: false,
    });

    const saved = await saveMeetingRevision(
      editor,
      meeting.id,
      1,
      meetingInput({ ...meeting.values, titleEn: "Changed title", titleEs: "Título cambiado" }),
    );
    expect(saved).toEqual({ ok: true, id: meeting.id, outcome: "draftChange" });
    expect(await residentsRead(meeting.slug)).toEqual(before);
    expect((await database.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).version).toBe(1);
    expect((await getRevisionForPreview(meeting.id, "en"))?.title).toBe("Changed title");
    expect((await getRevisionForPreview(meeting.id, "es"))?.title).toBe("Título cambiado");
    expect(await getPendingRevision(meeting.id)).toMatchObject({
      state: "DRAFT",
      stale: false,
      checks: { blocking: {} },
    });

    // No review in this series: publishing the change applies it at once, through the normal edit.
    expect(await publishMeetingRevision(editor, meeting.id, revisionStepSchema.parse({ version: 1 }))).toEqual({
      ok: true,
      id: meeting.id,
      outcome: "changePublished",
    });
    expect(await residentsRead(meeting.slug)).toMatchObject({
      pageEn: "Changed title",
      pageEs: "Título cambiado",
      listing: "Changed title",
      icsSummary: "Changed title",
      icsSequence: "1",
      rss: true,
      widget: true,
    });
    expect(await database.db.meetingRevision.count({ where: { meetingId: meeting.id } })).toBe(0);
    const entries = await database.db.auditEntry.findMany({
      where: { OR: [{ entityId: meeting.id }, { entityType: "meetingRevision" }] },
      orderBy: { createdAt: "asc" },
      select: { action: true, entityType: true },
    });
    expect(entries).toEqual([
      { action: "CREATE", entityType: "meeting" },
      { action: "CREATE", entityType: "meetingRevision" },
      { action: "PUBLISH", entityType: "meetingRevision" },
      { action: "UPDATE", entityType: "meeting" },
    ]);
  });

  it("makes an editor's draft change wait for review in a series that requires it: the author cannot approve it, an admin can", async () => {
    await database.db.series.update({ where: { id: seriesId }, data: { requiresReview: true } });
    try {
      const meeting = await published(`Reviewed ${kind}`);
      await saveMeetingRevision(
        editor,
        meeting.id,
        1,
        meetingInput({ ...meeting.values, descriptionEs: "Descripción nueva" }),
      );
      const waiting = await countWaitingForReview();
      expect(await publishMeetingRevision(editor, meeting.id, revisionStepSchema.parse({ version: 1 }))).toMatchObject({
        ok: true,
        outcome: "changeInReview",
      });
      expect(await countWaitingForReview()).toBe(waiting + 1);
      expect((await listStaffMeetings("review", "", "en", NOW)).map((row) => row.id)).toContain(meeting.id);
      expect(
        await reviewMeetingRevision(
          editor,
          meeting.id,
          revisionReviewSchema.parse({ version: 2, decision: "approve" }),
        ),
      ).toEqual({ ok: false, reason: "forbidden" });
      await database.db.series.update({ where: { id: seriesId }, data: { editorsMayReview: true } });
      expect(
        await reviewMeetingRevision(
          editor,
          meeting.id,
          revisionReviewSchema.parse({ version: 2, decision: "approve" }),
        ),
      ).toMatchObject({ ok: false, reason: "invalid", errors: { form: { key: "ownRequest" } } });
      expect((await getMeetingBySlug(meeting.slug, "es"))?.description).not.toBe("Descripción nueva");

      expect(schemaErrors(revisionReviewSchema, { version: 2, decision: "sendBack", comment: "" })).toEqual({
        comment: { key: "commentRequired" },
      });
      expect(
        await reviewMeetingRevision(
          admin,
          meeting.id,
          revisionReviewSchema.parse({ version: 2, decision: "sendBack", comment: "Más corto" }),
        ),
      ).toMatchObject({ ok: true, outcome: "changeSentBack" });
      expect(await getPendingRevision(meeting.id)).toMatchObject({ state: "DRAFT", reviewComment: "Más corto" });
      expect(await publishMeetingRevision(editor, meeting.id, revisionStepSchema.parse({ version: 3 }))).toMatchObject({
        outcome: "changeInReview",
      });
      expect(
        await reviewMeetingRevision(admin, meeting.id, revisionReviewSchema.parse({ version: 4, decision: "approve" })),
      ).toMatchObject({ ok: true, outcome: "changePublished" });
      expect((await getMeetingBySlug(meeting.slug, "es"))?.description).toBe("Descripción nueva");
      const approval = await database.db.auditEntry.findFirstOrThrow({
        where: { entityType: "meetingRevision", action: "APPROVE" },
        orderBy: { createdAt: "desc" },
      });
      expect(approval.actorId).toBe(admin.id);
      const update = await database.db.auditEntry.findFirstOrThrow({
        where: { entityId: meeting.id, action: "UPDATE" },
      });
      expect(update).toMatchObject({ actorId: admin.id, before: { version: 1 }, after: { version: 2 } });
    } finally {
      await database.db.series.update({
        where: { id: seriesId },
        data: { requiresReview: false, editorsMayReview: false },
      });
    }
  });

  it("refuses to publish a draft change whose Spanish description is missing, and changes nothing", async () => {
    const meeting = await published(`Incomplete ${kind}`);
    expect(
      await saveMeetingRevision(editor, meeting.id, 1, meetingInput({ ...meeting.values, descriptionEs: "" })),
    ).toMatchObject({ ok: true });
    const auditBefore = await database.db.auditEntry.count();
    expect(await publishMeetingRevision(admin, meeting.id, revisionStepSchema.parse({ version: 1 }))).toMatchObject({
      ok: false,
      reason: "invalid",
      errors: { form: { key: "missingTranslation" }, descriptionEs: { key: "missingTranslation" } },
    });
    expect(await database.db.auditEntry.count()).toBe(auditBefore);
    expect(await database.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ version: 1 });
    expect(await getPendingRevision(meeting.id)).toMatchObject({ state: "DRAFT", version: 1 });
  });

  it("discards a draft change, and refuses to apply one made before the meeting changed another way", async () => {
    const meeting = await published(`Discarded ${kind}`);
    await saveMeetingRevision(editor, meeting.id, 1, meetingInput({ ...meeting.values, titleEn: "Never public" }));
    expect(await discardMeetingRevision(editor, meeting.id, revisionStepSchema.parse({ version: 1 }))).toMatchObject({
      ok: true,
      outcome: "changeDiscarded",
    });
    expect(await getPendingRevision(meeting.id)).toBeNull();
    expect((await getMeetingBySlug(meeting.slug, "en"))?.title).toBe(`Discarded ${kind}`);
    expect(
      await database.db.auditEntry.count({ where: { entityType: "meetingRevision", action: "DELETE" } }),
    ).toBeGreaterThan(0);

    await saveMeetingRevision(
      editor,
      meeting.id,
      1,
      meetingInput({ ...meeting.values, titleEn: "Made before the cancellation" }),
    );
    expect(
      await cancelMeeting(
        admin,
        meeting.id,
        cancelFormSchema.parse({ version: 1, statusNoteEn: "Rain", statusNoteEs: "Lluvia" }),
      ),
    ).toMatchObject({ ok: true });
    expect(await getPendingRevision(meeting.id)).toMatchObject({ stale: true });
    expect(await publishMeetingRevision(admin, meeting.id, revisionStepSchema.parse({ version: 1 }))).toMatchObject({
      ok: false,
      errors: { form: { key: "draftChangeStale" } },
    });
    expect(await database.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: "CANCELLED",
      version: 2,
    });
  });

  it("keeps draft changes to published meetings; a draft is simply edited", async () => {
    const values = meetingFormValues(seriesId, venueId, { date: "2027-02-07", startTime: "08:00", endTime: "08:30" });
    const draft = await createMeeting(editor, meetingInput(values), NOW, "draft");
    if (!draft.ok) throw new Error("draft refused");
    expect(await saveMeetingRevision(editor, draft.id, 1, meetingInput(values))).toMatchObject({
      ok: false,
      errors: { form: { key: "draftChangeNotPublished" } },
    });
    expect(await database.db.meetingRevision.count({ where: { meetingId: draft.id } })).toBe(0);
  });
});
