import { createHash } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { interpreterMarkSchema } from "@/lib/attendance/schema";
import { tapAction } from "@/lib/attendance/actions";
import { talliesForMeeting, talliesForMeetings } from "@/lib/attendance/data";
import { purgeOldTallyKeys } from "@/lib/attendance/key-purge";
import { recordTap, setInterpreterArranged } from "@/lib/attendance/mutations";
import type { StaffUser } from "@/lib/auth/roles";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { cacheStore } from "@/lib/serving/page-cache";
import { meetingToIcs } from "@/lib/calendar/ics";
import { getMeetingBySlug } from "@/lib/meetings/data";
import { ADDRESS_LIMITS, resetAddressLimits } from "@/lib/security/address-limit";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { useRequestAddress as setRequestAddress } from "@/tests/support/fake-next-headers";
import { schemaErrors } from "@/tests/support/schema-errors";
import { DATABASE_KINDS } from "@/tests/support/test-database";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

const TODAY = "2027-01-10";
const NOW = new Date("2027-01-10T18:00:00Z");
const NEXT_DAY = new Date("2027-01-11T18:00:00Z");
const HOUR_MS = 60 * 60 * 1000;
const RESIDENT = "198.51.100.23";
const NEIGHBOUR = "198.51.100.24";

/** A calendar file's text with its folded lines joined again. */
const unfolded = (ics: string) => ics.replace(/\r?\n[ \t]/g, "");

describe.each(DATABASE_KINDS)("attendance and interpretation counts on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { seedOn: TODAY, inApp: true });
  let meeting: { id: string; slug: string };
  let later: { id: string; slug: string };
  let editor: StaffUser;

  const counts = async (meetingId: string) =>
    Object.fromEntries(
      (await database.db.tallyCount.findMany({ where: { meetingId } })).map((row) => [
        `${row.kind}:${row.language}`,
        row.count,
      ]),
    );

  beforeAll(async () => {
    // Two published sessions still ahead two days from now, so the next day's taps count too.
    const ahead = await database.db.meeting.findMany({
      where: {
        publication: "PUBLISHED",
        status: "SCHEDULED",
        startsAt: { gt: new Date(NOW.getTime() + 48 * HOUR_MS) },
      },
      orderBy: { startsAt: "asc" },
      take: 2,
      select: { id: true, slug: true },
    });
    [meeting, later] = ahead as [typeof meeting, typeof later];
    const user = await createStaffAccount(database.db, {
      email: `editor-${kind}@example.org`,
      name: "Editor",
      password: "correct-horse-battery-2027",
      role: "EDITOR",
    });
    editor = { id: user.id, email: user.email, name: user.name, role: user.role };
  });

  beforeEach(() => resetAddressLimits());

  /** A session at the same time and place as `meeting`, in another publication or status. */
  async function copyOfMeeting(
    slug: string,
    data: { publication: "DRAFT" | "PUBLISHED"; status?: "CANCELLED" },
  ): Promise<{ slug: string }> {
    const source = await database.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    return database.db.meeting.create({
      data: {
        slug,
        seriesId: source.seriesId,
        venueId: source.venueId,
        startsAt: source.startsAt,
        endsAt: source.endsAt,
        spokenLanguages: source.spokenLanguages,
        interpretation: [],
        hostName: source.hostName,
        ...data,
      },
      select: { slug: true },
    });
  }

  it("counts a tap once per address, meeting, choice and day", async () => {
    expect(await recordTap(meeting.slug, { tap: "plan" }, RESIDENT, NOW)).toEqual({
      ok: true,
      choice: "plan",
      counted: true,
    });
    // The same person taps again an hour later: thanked, not counted.
    expect(await recordTap(meeting.slug, { tap: "plan" }, RESIDENT, new Date(NOW.getTime() + HOUR_MS))).toEqual({
      ok: true,
      choice: "plan",
      counted: false,
    });
    expect(await recordTap(meeting.slug, { tap: "plan" }, NEIGHBOUR, NOW)).toMatchObject({ counted: true });
    expect(await recordTap(meeting.slug, { tap: "vi" }, RESIDENT, NOW)).toMatchObject({ counted: true });
    expect(await recordTap(meeting.slug, { tap: "vi" }, RESIDENT, NOW)).toMatchObject({ counted: false });
    expect(await recordTap(meeting.slug, { tap: "ar" }, RESIDENT, NOW)).toMatchObject({ counted: true });
    // Another meeting is counted on its own.
    expect(await recordTap(later.slug, { tap: "plan" }, RESIDENT, NOW)).toMatchObject({ counted: true });
    expect(await counts(meeting.id)).toEqual({ "PLAN_TO_COME:": 2, "INTERPRETATION:vi": 1, "INTERPRETATION:ar": 1 });
    expect(await counts(later.id)).toEqual({ "PLAN_TO_COME:": 1 });
  });

  it("counts the same address again on another day", async () => {
    expect(await recordTap(meeting.slug, { tap: "plan" }, RESIDENT, NEXT_DAY)).toMatchObject({ counted: true });
    expect(await recordTap(meeting.slug, { tap: "vi" }, RESIDENT, NEXT_DAY)).toMatchObject({ counted: true });
    expect(await talliesForMeeting(meeting.id)).toEqual({
      planToCome: 3,
      interpretation: [
        { language: "vi", count: 2 },
        { language: "ar", count: 1 },
      ],
    });
    const both = await talliesForMeetings([meeting.id, later.id]);
    expect(both.get(later.id)).toEqual({ planToCome: 1, interpretation: [] });
  });

  it("counts one of several simultaneous taps from one address (as on two instances)", async () => {
    const address = "198.51.100.31";
    // On PostgreSQL these run on separate pooled connections, as two app instances would.
    const results = await Promise.all(
      Array.from({ length: 4 }, () => recordTap(later.slug, { tap: "zh" }, address, NOW)),
    );
    expect(results.filter((result) => result.ok && result.counted)).toHaveLength(1);
    expect((await counts(later.id))["INTERPRETATION:zh"]).toBe(1);
  });

  it("stores nothing that could identify who tapped", async () => {
    const columns = async (table: string) =>
      (
        await database.db.$queryRaw<
          { column_name: string }[]
        >`SELECT column_name::text AS column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY column_name`
      ).map((row) => row.column_name);
    expect(await columns("TallyCount")).toEqual(["count", "kind", "language", "meetingId"]);
    expect(await columns("TallyKey")).toEqual(["day", "key"]);

    const keys = await database.db.tallyKey.findMany();
    expect(keys.length).toBeGreaterThan(0);
    const stored = JSON.stringify([keys, await database.db.tallyCount.findMany()]);
    expect(stored).not.toContain("198.51.100");
    // Keyed with the server secret: not a plain hash of the address, nor of the tap's parts.
    const plain = [RESIDENT, `${TODAY}\n${meeting.id}\nPLAN_TO_COME\n\n${RESIDENT}`].map((text) =>
      createHash("sha256").update(text).digest("hex"),
    );
    for (const row of keys) {
      expect(row.key).toMatch(/^[0-9a-f]{64}$/);
      expect(plain).not.toContain(row.key);
    }
    // No audit entry, log row or timestamp per tap.
    expect(await database.db.auditEntry.count({ where: { entityId: meeting.id } })).toBe(0);
  });

  it("deletes the keys of days that are over, and only those", async () => {
    const day = (text: string) => new Date(`${text}T00:00:00Z`);
    const today = await database.db.tallyKey.count({ where: { day: day(TODAY) } });
    const tomorrow = await database.db.tallyKey.count({ where: { day: day("2027-01-11") } });
    expect(today).toBeGreaterThan(0);
    expect(tomorrow).toBe(2);
    expect(await purgeOldTallyKeys(NOW)).toBe(0);
    expect(await purgeOldTallyKeys(NEXT_DAY)).toBe(today);
    expect(await database.db.tallyKey.count()).toBe(tomorrow);
    // The counts stay.
    expect((await talliesForMeeting(meeting.id)).planToCome).toBe(3);
  });

  it("refuses taps on meetings residents cannot see, that are over or cancelled, and unknown choices", async () => {
    expect(await recordTap("no-such-meeting", { tap: "plan" }, RESIDENT, NOW)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await recordTap("<script>", { tap: "plan" }, RESIDENT, NOW)).toEqual({ ok: false, reason: "notFound" });
    // A draft and a cancelled session of their own, whatever the demo seed holds: both ahead, like `meeting`.
    const draft = await copyOfMeeting(`draft-${kind}`, { publication: "DRAFT" });
    expect(await recordTap(draft.slug, { tap: "plan" }, RESIDENT, NOW)).toEqual({ ok: false, reason: "notFound" });
    const past = await database.db.meeting.findFirstOrThrow({
      where: { publication: "PUBLISHED", endsAt: { lt: NOW } },
      select: { slug: true },
    });
    expect(await recordTap(past.slug, { tap: "plan" }, RESIDENT, NOW)).toEqual({ ok: false, reason: "closed" });
    const cancelled = await copyOfMeeting(`cancelled-${kind}`, { publication: "PUBLISHED", status: "CANCELLED" });
    expect(await recordTap(cancelled.slug, { tap: "plan" }, RESIDENT, NOW)).toEqual({ ok: false, reason: "closed" });
    for (const tap of ["fr", "", "<script>alert(1)</script>", "plan' OR '1'='1", ["plan"]]) {
      expect(await recordTap(meeting.slug, { tap }, RESIDENT, NOW)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("stops counting an address past the hourly limit", async () => {
    const address = "203.0.113.77";
    for (let index = 0; index < ADDRESS_LIMITS.tap; index += 1) {
      expect(await recordTap(later.slug, { tap: "asl" }, address, NOW)).toMatchObject({ ok: true });
    }
    expect(await recordTap(later.slug, { tap: "ko" }, address, NOW)).toEqual({ ok: false, reason: "tooMany" });
    expect((await counts(later.id))["INTERPRETATION:ko"]).toBeUndefined();
  });

  it("shows an interpreter staff arranged on the page and in its calendar file, which every instance hears of", async () => {
    const before = await database.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    const generation = cacheStore().generation;
    const marked = await setInterpreterArranged(
      editor,
      meeting.id,
      interpreterMarkSchema.parse({ language: "vi", arranged: "yes", version: String(before.version) }),
    );
    expect(marked).toEqual({ ok: true, id: meeting.id, version: before.version + 1 });
    expect(cacheStore().generation).toBeGreaterThan(generation);

    const english = (await getMeetingBySlug(meeting.slug, "en"))!;
    const spanish = (await getMeetingBySlug(meeting.slug, "es"))!;
    expect(english.interpretation).toContain("vi");
    const icsEn = unfolded(meetingToIcs(english, "en", `https://example.org/en/meetings/${meeting.slug}`));
    const icsEs = unfolded(meetingToIcs(spanish, "es", `https://example.org/es/reuniones/${meeting.slug}`));
    expect(icsEn).toContain("Interpretation in ");
    expect(icsEn).toMatch(/DESCRIPTION:[^\r\n]*Interpretation in [^\r\n]*Vietnamese will be provided\./);
    expect(icsEs).toMatch(/DESCRIPTION:[^\r\n]*Habrá interpretación en [^\r\n]*vietnamita\./);
    expect(icsEn).toContain(`SEQUENCE:${before.version}`);

    const audit = await database.db.auditEntry.findFirstOrThrow({
      where: { entityType: "meeting", entityId: meeting.id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({ action: "UPDATE", actorId: editor.id });

    // A mark made on a version someone has since changed is refused, and nothing changes.
    expect(
      await setInterpreterArranged(
        editor,
        meeting.id,
        interpreterMarkSchema.parse({ language: "ar", arranged: "yes", version: String(before.version) }),
      ),
    ).toMatchObject({ ok: false, reason: "conflict" });
    const unmarked = await setInterpreterArranged(
      editor,
      meeting.id,
      interpreterMarkSchema.parse({ language: "vi", arranged: "no", version: String(before.version + 1) }),
    );
    expect(unmarked).toMatchObject({ ok: true, version: before.version + 2 });
    expect((await getMeetingBySlug(meeting.slug, "en"))!.interpretation).toEqual(before.interpretation);
  });

  it("answers a tap posted to the page in its language, with or without a count", async () => {
    const idle = { status: "idle", values: {}, errors: {} } as const;
    const post = (tap: string) => {
      const data = new FormData();
      data.set("tap", tap);
      return data;
    };
    setRequestAddress("198.51.100.41");
    expect(await tapAction("es", later.slug, idle, post("ko"))).toEqual({
      status: "done",
      values: {},
      errors: {},
      done: "Gracias. Contamos una solicitud más de interpretación en coreano.",
    });
    expect((await tapAction("en", later.slug, idle, post("ko"))).done).toBe(
      "Thank you. Your request for interpretation in Korean was already counted today, so we did not count it twice.",
    );
    expect(await tapAction("es", "no-such-meeting", idle, post("plan"))).toMatchObject({
      status: "refused",
      errors: { form: { key: "notFound" } },
    });
    expect(await tapAction("es", later.slug, idle, post("klingon"))).toMatchObject({ status: "invalid" });
  });

  it("refuses a mark for a language that names none, or from nobody", async () => {
    const { version } = await database.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    // The form's schema refuses a language that names none before the command runs (lib/attendance/actions.ts).
    expect(
      schemaErrors(interpreterMarkSchema, { language: "other", arranged: "yes", version: String(version) }),
    ).toHaveProperty("language");
    expect(
      await setInterpreterArranged(
        null,
        meeting.id,
        interpreterMarkSchema.parse({ language: "vi", arranged: "yes", version: String(version) }),
      ),
    ).toEqual({ ok: false, reason: "unauthenticated" });
    expect(
      await setInterpreterArranged(
        editor,
        "not-a-meeting",
        interpreterMarkSchema.parse({ language: "vi", arranged: "yes", version: String(version) }),
      ),
    ).toEqual({ ok: false, reason: "notFound" });
  });

  it("counts once a Dallas day: taps at 5:59 PM and 6:01 PM (the UTC day turns between them) are one, after Dallas midnight another", async () => {
    const [, , third] = await database.db.meeting.findMany({
      where: {
        publication: "PUBLISHED",
        status: "SCHEDULED",
        startsAt: { gt: new Date(NOW.getTime() + 48 * HOUR_MS) },
      },
      orderBy: { startsAt: "asc" },
      take: 3,
      select: { id: true, slug: true },
    });
    const address = "198.51.100.77";
    const evening = {
      before: new Date("2027-01-10T23:59:00Z"),
      after: new Date("2027-01-11T00:01:00Z"),
      pastMidnight: new Date("2027-01-11T06:01:00Z"),
    };
    expect(await recordTap(third!.slug, { tap: "plan" }, address, evening.before)).toMatchObject({ counted: true });
    expect(await recordTap(third!.slug, { tap: "plan" }, address, evening.after)).toMatchObject({ counted: false });
    expect((await talliesForMeeting(third!.id)).planToCome).toBe(1);
    // The key of the evening's day is kept until that day is over in Dallas.
    const keysOf10January = () => database.db.tallyKey.count({ where: { day: new Date("2027-01-10T00:00:00Z") } });
    const kept = await keysOf10January();
    expect(kept).toBeGreaterThan(0);
    await purgeOldTallyKeys(evening.after);
    expect(await keysOf10January()).toBe(kept);
    expect(await recordTap(third!.slug, { tap: "plan" }, address, evening.after)).toMatchObject({ counted: false });
    expect(await recordTap(third!.slug, { tap: "plan" }, address, evening.pastMidnight)).toMatchObject({
      counted: true,
    });
    expect((await talliesForMeeting(third!.id)).planToCome).toBe(2);
    await purgeOldTallyKeys(evening.pastMidnight);
    expect(await keysOf10January()).toBe(0);
  });
});
