import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { useRequestCookies } from "@/tests/support/fake-next-headers";
import { meetingFormData, meetingFormValues } from "@/tests/support/meeting-factory";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { settle, signedInStaff } from "@/tests/support/staff-sessions";
import { DATABASE_KINDS } from "@/tests/support/test-database";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

import { updateMeetingAction } from "@/lib/meetings/actions";

const idle = { status: "idle", values: {}, errors: {} } as const;

/**
 * Through the edit form's server action, as a signed-in editor posts it: a
 * change to a meeting waiting for review, or approved and scheduled, in a
 * series that requires review, takes it back to draft, so it is reviewed
 * again (lib/publishing/review-rule.ts); the page is told so.
 */
describe.each(DATABASE_KINDS)("an editor's edit of a meeting under review on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { seedOn: "2027-01-10", inApp: true });
  let db: PrismaClient;
  let editor: { id: string; cookie: string };
  let seriesId: string;
  let venueId: string;

  beforeAll(async () => {
    db = database.db;
    const signedIn = await signedInStaff(db, "EDITOR", `edit-review-${kind}@example.org`);
    editor = { id: signedIn.user.id, cookie: signedIn.cookie };
    seriesId = (
      await db.series.create({
        data: {
          slug: `review-${kind}`,
          organizer: "DPD",
          startsOn: new Date("2098-01-01"),
          endsOn: new Date("2098-12-31"),
          requiresReview: true,
        },
      })
    ).id;
    venueId = (
      await db.venue.create({
        data: {
          slug: `review-venue-${kind}`,
          kind: "CHURCH",
          name: "Review venue",
          street: "1 Test Road",
          city: "Dallas",
          postalCode: "75201",
        },
      })
    ).id;
  });

  it.each(["IN_REVIEW", "SCHEDULED"] as const)(
    "sends a meeting that is %s back to draft, and the edit page says so",
    async (publication) => {
      const meeting = await db.meeting.create({
        data: {
          slug: `under-review-${publication.toLowerCase()}-${kind}`,
          seriesId,
          venueId,
          startsAt: new Date("2098-06-02T23:00:00Z"),
          endsAt: new Date("2098-06-03T00:30:00Z"),
          spokenLanguages: ["es"],
          interpretation: [],
          hostName: "Lt. Ana Ramírez",
          publication,
          reviewRequestedById: editor.id,
          publishAt: publication === "SCHEDULED" ? new Date("2098-05-01T14:00:00Z") : null,
          translations: {
            create: [
              { locale: "en", title: "Meeting", description: "About it." },
              { locale: "es", title: "Reunión", description: "De qué trata." },
            ],
          },
        },
      });
      useRequestCookies(editor.cookie);
      const values = meetingFormValues(seriesId, venueId, {
        date: "2098-06-02",
        startTime: "18:00",
        endTime: "19:30",
        titleEs: "Reunión corregida",
      });
      const outcome = await settle(() =>
        updateMeetingAction("es", meeting.id, idle, meetingFormData({ ...values, version: "1" })),
      );
      expect(outcome.redirect, JSON.stringify(outcome)).toBe(`/es/admin/meetings/${meeting.id}?saved=backToDraft`);
      expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
        publication: "DRAFT",
        publishAt: null,
        reviewRequestedById: null,
        version: 2,
      });
    },
  );
});
