import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { interpreterMarkSchema } from "@/lib/attendance/schema";
import { revisionReviewSchema, revisionStepSchema } from "@/lib/meeting-revisions/schema";
import { confirmStatusFormSchema, publishFormSchema, reviewFormSchema } from "@/lib/publishing/schema";
import type { StaffUser } from "@/lib/auth/roles";
import { getAuth } from "@/lib/auth/auth";
import { applyMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { addDaysToDateKey, zonedDateKey } from "@/lib/time/central-time";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { seedDemoData } from "@/prisma/seed-demo";
import { releaseAppDatabase, pointAppAtDatabase } from "@/tests/support/app-database";
import {
  useRequestAddress as setRequestAddress,
  useRequestCookies,
  useRequestCookies as setRequestCookies,
} from "@/tests/support/fake-next-headers";
import { meetingFormData, meetingFormValues, meetingInput } from "@/tests/support/meeting-factory";
import {
  settle,
  signedInStaff,
  TEST_PASSWORD,
  testStaffAccount,
  type ActionOutcome,
} from "@/tests/support/staff-sessions";
import { enrolAuthenticator, passwordStep, sessionCookieFor } from "@/tests/support/second-factor";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";
import { totpCode } from "@/tests/support/totp";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

import * as attendanceActions from "@/lib/attendance/actions";
import * as attendanceMutations from "@/lib/attendance/mutations";
import * as authActions from "@/lib/auth/actions";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import * as emailActions from "@/lib/email/actions";
import * as emailMutations from "@/lib/email/mutations";
import * as partnerContactActions from "@/lib/partner-contacts/actions";
import * as partnerContactMutations from "@/lib/partner-contacts/mutations";
import * as seriesActions from "@/lib/series/actions";
import * as seriesMutations from "@/lib/series/mutations";
import { seriesInputSchema } from "@/lib/series/schema";
import * as secondFactorActions from "@/lib/second-factor/actions";
import * as secondFactorMutations from "@/lib/second-factor/mutations";
import * as staffActions from "@/lib/staff/actions";
import * as staffMutations from "@/lib/staff/mutations";
import { newStaffSchema } from "@/lib/staff/schema";
import * as meetingActions from "@/lib/meetings/actions";
import { Rollback } from "@/lib/db/write-transaction";
import * as meetingMutations from "@/lib/meetings/mutations";
import * as revisionActions from "@/lib/meeting-revisions/actions";
import * as revisionMutations from "@/lib/meeting-revisions/mutations";
import {
  cancelFormSchema,
  deleteMeetingSchema,
  meetingDraftSchema,
  postponeFormSchema,
  recurringFormSchema,
} from "@/lib/meetings/schema";
import * as publishingActions from "@/lib/publishing/actions";
import * as publishingMutations from "@/lib/publishing/mutations";
import * as statementActions from "@/lib/statements/actions";
import * as statementMutations from "@/lib/statements/mutations";
import { statementEditSchema, statementInputSchema } from "@/lib/statements/schema";
import { resetAddressLimits } from "@/lib/security/address-limit";
import * as requestActions from "@/lib/requests/actions";
import * as requestMutations from "@/lib/requests/mutations";
import * as questionActions from "@/lib/questions/actions";
import * as questionMutations from "@/lib/questions/mutations";
import * as noticeActions from "@/lib/notices/actions";
import * as noticeMutations from "@/lib/notices/mutations";
import { newUnsubscribeToken } from "@/lib/notices/unsubscribe-link";
import * as venueActions from "@/lib/venues/actions";
import * as venueMutations from "@/lib/venues/mutations";
import { venueInputSchema } from "@/lib/venues/schema";

/**
 * The authorization bar: every exported server action and mutation command,
 * called as anonymous, editor and admin. A refused call must say so and
 * save nothing (no row, no audit entry); an allowed one must save.
 * A new export in lib/<domain>/actions.ts or mutations.ts fails the
 * completeness check below until it has a row here.
 */

type Caller = "anonymous" | "editor" | "admin";
const CALLERS: Caller[] = ["anonymous", "editor", "admin"];

type Context = {
  db: PrismaClient;
  caller: Caller;
  /** The signed-in staff member (null when anonymous): a fresh account for every call. */
  actor: StaffUser | null;
  /** Unique to this row and caller, to name what the call creates. */
  tag: string;
  seriesId: string;
  venueId: string;
};

type Row = {
  /** "<domain>/<actions|mutations>.<export>" */
  name: string;
  /** Who may do it; everyone else is refused. */
  allowed: Caller[];
  /** Who can call it at all: mutations take an actor, so there is no anonymous call. */
  callers?: Caller[];
  /** A target for the call (another account, say), made before it. */
  prepare?: (context: Context) => Promise<string>;
  run: (context: Context, target: string) => Promise<unknown>;
  /** Did the change land? */
  saved: (context: Context, target: string) => Promise<boolean>;
  refused?: (outcome: ActionOutcome) => boolean;
};

const STAFF = ["editor", "admin"] as const satisfies Caller[];
const EVERYONE = CALLERS;
const ADMIN_ONLY: Caller[] = ["admin"];

function refusedByDefault({ redirect, value }: ActionOutcome): boolean {
  const result = value as { status?: string; ok?: boolean; reason?: string } | undefined;
  return (
    result?.status === "refused" ||
    (result?.ok === false && ["forbidden", "unauthenticated"].includes(result.reason ?? "")) ||
    Boolean(redirect?.includes("/admin/login")) ||
    Boolean(redirect?.includes("error=forbidden"))
  );
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const venueFields = (name: string) => ({
  name,
  kind: "SCHOOL",
  street: "1 Test Road",
  city: "Dallas",
  region: "TX",
  postalCode: "75201",
  neighborhood: "Downtown",
  policeDivision: "Central",
  latitude: "",
  longitude: "",
  contactName: "",
  contactPhone: "",
  contactEmail: "",
  descriptionEn: "",
  descriptionEs: "",
  directionsEn: "",
  directionsEs: "",
});

const seriesFields = (title: string) => ({
  organizer: "Dallas Police Department",
  startsOn: "2028-01-01",
  endsOn: "2028-03-31",
  titleEn: title,
  titleEs: `${title} (es)`,
  descriptionEn: "About it.",
  descriptionEs: "De qué trata.",
});

// A change says the department restated it on that day; a new statement ignores the choice.
const statementFields = (text: string) => ({
  section: "WILL_NOT",
  position: "5",
  statedOn: "2027-01-09",
  dateChoice: "restated",
  textEn: text,
  textEs: `${text} (es)`,
  sourceEn: "Interim Chief",
  sourceEs: "Jefe interino",
  sourceUrl: "",
});
const statementSays = (db: PrismaClient, text: string) =>
  db.statementTranslation.count({ where: { text } }).then(Boolean);
// A statement of the demo seed, changed by the edit rows.
const DEMO_STATEMENT = "demo-statement-raids";
const setStatementReview = (db: PrismaClient, on: boolean) =>
  db.staffSettings.upsert({
    where: { id: 1 },
    create: { id: 1, statementChangesNeedReview: on },
    update: { statementChangesNeedReview: on },
  });
const withoutStatementReview = async (context: Context) => (await setStatementReview(context.db, false), "");
const withStatementReview = async (context: Context) => (await setStatementReview(context.db, true), "");
const statementReviewIsOn = async (context: Context) =>
  Boolean((await context.db.staffSettings.findUnique({ where: { id: 1 } }))?.statementChangesNeedReview);
const statementProposed = (db: PrismaClient, text: string) =>
  db.statementChange.count({ where: { values: { path: ["textEn"], equals: text } } }).then(Boolean);
/** A change to a demo statement proposed by another editor, while review is on. */
async function proposalByAnother(context: Context): Promise<string> {
  await setStatementReview(context.db, true);
  const proposer = await anotherEditor(context);
  const values = { ...statementFields(`Approved ${context.tag}`) };
  return (
    await context.db.statementChange.create({ data: { statementId: DEMO_STATEMENT, values, proposedById: proposer } })
  ).id;
}

const venueNamed = (db: PrismaClient, name: string) => db.venue.count({ where: { name } }).then(Boolean);
const seriesTitled = (db: PrismaClient, title: string) =>
  db.seriesTranslation.count({ where: { title } }).then(Boolean);
const userWithEmail = (db: PrismaClient, email: string) => db.user.count({ where: { email } }).then(Boolean);

/** A message that failed, for "send again". */
async function failedEmail(context: Context): Promise<string> {
  const row = await context.db.outboxEmail.create({
    data: {
      kind: "testMessage",
      toAddress: `failed-${context.tag}@example.org`,
      locale: "en",
      params: { name: "Failed" },
      status: "FAILED",
      lastError: "550 No such mailbox",
    },
  });
  return row.id;
}
/** A partner place of its own for a row and caller, to add a notice contact to. */
const partnerPlace = async (context: Context) =>
  (
    await context.db.venue.create({
      data: {
        slug: `partner-${context.tag}`,
        kind: "CHURCH",
        name: `Partner ${context.tag}`,
        street: "1 Test Road",
        city: "Dallas",
        postalCode: "75201",
        isPartner: true,
      },
    })
  ).id;
const contactFields = (context: Context) => ({
  address: `contact-${context.tag}@example.org`.toLowerCase(),
  name: "",
  locale: "es",
  consentNote: "Pastor, by phone",
});
const contactListed = async (context: Context, venueId: string) =>
  (await context.db.partnerContact.count({ where: { venueId } })) === 1;
const listedContact = async (context: Context) =>
  (
    await context.db.partnerContact.create({
      data: {
        venueId: await partnerPlace(context),
        address: `listed-${context.tag}@example.org`.toLowerCase(),
        locale: "es",
        consentNote: "By phone",
        unsubscribeToken: newUnsubscribeToken(),
      },
    })
  ).id;
const contactVenue = async (context: Context, contactId: string) =>
  (await context.db.partnerContact.findUniqueOrThrow({ where: { id: contactId } })).venueId;
const emailQueuedAgain = async (context: Context, id: string) =>
  (await context.db.outboxEmail.findUniqueOrThrow({ where: { id } })).status === "QUEUED";
const testEmailQueued = async (context: Context) =>
  Boolean(context.actor) &&
  (await context.db.outboxEmail.count({ where: { kind: "testMessage", toAddress: context.actor!.email } })) > 0;

async function passwordHashOf(db: PrismaClient, userId: string): Promise<string | null> {
  return (await db.account.findFirst({ where: { userId, providerId: "credential" } }))?.password ?? null;
}

async function anotherEditor(context: Context): Promise<string> {
  const user = await testStaffAccount(context.db, {
    email: `target-${context.tag}@example.org`,
    name: "Target",
    role: "EDITOR",
  });
  return user.id;
}

// ── meetings: a fresh venue per call, so no two calls ever overlap ──
async function freshVenue(context: Context): Promise<string> {
  const venue = await context.db.venue.create({
    data: {
      slug: `venue-${context.tag}`,
      kind: "CHURCH",
      name: `Venue ${context.tag}`,
      street: "1 Test Road",
      city: "Dallas",
      postalCode: "75201",
    },
  });
  return venue.id;
}

const meetingValues = (context: Context, venueId: string, title: string) =>
  meetingFormValues(context.seriesId, venueId, {
    date: "2027-02-03",
    interpretation: [],
    titleEn: title,
    titleEs: `${title} (es)`,
  });
const meetingForm = meetingFormData;
/** The same values as the meeting form's action parses them: what the meeting commands take. */
const meetingInputOf = (context: Context, venueId: string, title: string) =>
  meetingInput(meetingValues(context, venueId, title));

/** An existing meeting at a fresh venue; returns its id. */
async function existingMeeting(context: Context): Promise<string> {
  const venueId = await freshVenue(context);
  const meeting = await context.db.meeting.create({
    data: {
      slug: `meeting-${context.tag}`,
      seriesId: context.seriesId,
      venueId,
      startsAt: new Date("2027-02-04T00:00:00Z"),
      endsAt: new Date("2027-02-04T01:30:00Z"),
      spokenLanguages: ["es"],
      interpretation: [],
      hostName: "Lt. Ana Ramírez",
      translations: {
        create: [
          { locale: "en", title: `Meeting ${context.tag}`, description: "About it." },
          { locale: "es", title: `Reunión ${context.tag}`, description: "De qué trata." },
        ],
      },
    },
  });
  return meeting.id;
}

const meetingTitled = (db: PrismaClient, title: string) =>
  db.meetingTranslation.count({ where: { title } }).then(Boolean);
const meetingStatus = async (db: PrismaClient, id: string) =>
  (await db.meeting.findUnique({ where: { id } }))?.status ?? "GONE";
const notes = { statusNoteEn: "Moved for a funeral.", statusNoteEs: "Se movió por un funeral." };
const postponeFields = { version: "1", date: "2027-02-10", startTime: "18:00", endTime: "19:30", ...notes };
const recurringFields = (context: Context, venueId: string, title: string) => {
  // The recurring form has a start date and weekdays instead of one date.
  return { ...meetingValues(context, venueId, title), date: undefined, fromDate: "2027-02-01", weekdays: ["3"] };
};

const MEETING_ROWS: Row[] = [
  {
    name: "meetings/actions.createMeetingAction",
    allowed: STAFF,
    prepare: freshVenue,
    run: (context, venueId) =>
      meetingActions.createMeetingAction(
        "en",
        { status: "idle", values: {}, errors: {} },
        meetingForm(meetingValues(context, venueId, `New ${context.tag}`)),
      ),
    saved: (context) => meetingTitled(context.db, `New ${context.tag}`),
  },
  {
    name: "meetings/actions.updateMeetingAction",
    allowed: STAFF,
    prepare: existingMeeting,
    run: async (context, id) => {
      const venueId = (await context.db.meeting.findUniqueOrThrow({ where: { id } })).venueId;
      return meetingActions.updateMeetingAction(
        "en",
        id,
        { status: "idle", values: {}, errors: {} },
        meetingForm({ ...meetingValues(context, venueId, `Edited ${context.tag}`), version: "1" }),
      );
    },
    saved: (context) => meetingTitled(context.db, `Edited ${context.tag}`),
  },
  {
    name: "meetings/actions.cancelMeetingAction",
    allowed: STAFF,
    prepare: existingMeeting,
    run: (_context, id) =>
      meetingActions.cancelMeetingAction(
        "en",
        id,
        { status: "idle", values: {}, errors: {} },
        meetingForm({ version: "1", step: "confirm", ...notes }),
      ),
    saved: async (context, id) => (await meetingStatus(context.db, id)) === "CANCELLED",
  },
  {
    name: "meetings/actions.postponeMeetingAction",
    allowed: STAFF,
    prepare: existingMeeting,
    run: (_context, id) =>
      meetingActions.postponeMeetingAction(
        "en",
        id,
        { status: "idle", values: {}, errors: {} },
        meetingForm({ ...postponeFields, step: "confirm" }),
      ),
    saved: async (context, id) => (await meetingStatus(context.db, id)) === "POSTPONED",
  },
  {
    name: "meetings/actions.deleteMeetingAction",
    allowed: STAFF,
    prepare: existingMeeting,
    run: (_context, id) =>
      meetingActions.deleteMeetingAction(
        "en",
        id,
        { status: "idle", values: {}, errors: {} },
        meetingForm({ version: "1", confirm: "yes" }),
      ),
    saved: async (context, id) => (await meetingStatus(context.db, id)) === "GONE",
  },
  {
    name: "meetings/actions.createRecurringAction",
    allowed: STAFF,
    prepare: freshVenue,
    run: (context, venueId) =>
      meetingActions.createRecurringAction(
        "en",
        { status: "idle", values: {}, errors: {} },
        meetingForm(recurringFields(context, venueId, `Weekly ${context.tag}`)),
      ),
    saved: (context) => meetingTitled(context.db, `Weekly ${context.tag}`),
  },
  {
    name: "meetings/mutations.createMeeting",
    allowed: STAFF,
    prepare: freshVenue,
    run: (context, venueId) =>
      meetingMutations.createMeeting(context.actor, meetingInputOf(context, venueId, `New ${context.tag}`)),
    saved: (context) => meetingTitled(context.db, `New ${context.tag}`),
  },
  {
    name: "meetings/mutations.updateMeeting",
    allowed: STAFF,
    prepare: existingMeeting,
    run: async (context, id) => {
      const venueId = (await context.db.meeting.findUniqueOrThrow({ where: { id } })).venueId;
      return meetingMutations.updateMeeting(
        context.actor,
        id,
        1,
        meetingInputOf(context, venueId, `Edited ${context.tag}`),
      );
    },
    saved: (context) => meetingTitled(context.db, `Edited ${context.tag}`),
  },
  {
    name: "meetings/mutations.cancelMeeting",
    allowed: STAFF,
    prepare: existingMeeting,
    run: (context, id) =>
      meetingMutations.cancelMeeting(context.actor, id, cancelFormSchema.parse({ version: 1, ...notes })),
    saved: async (context, id) => (await meetingStatus(context.db, id)) === "CANCELLED",
  },
  {
    name: "meetings/mutations.postponeMeeting",
    allowed: STAFF,
    prepare: existingMeeting,
    run: (context, id) => meetingMutations.postponeMeeting(context.actor, id, postponeFormSchema.parse(postponeFields)),
    saved: async (context, id) => (await meetingStatus(context.db, id)) === "POSTPONED",
  },
  {
    name: "meetings/mutations.deleteMeeting",
    allowed: STAFF,
    prepare: existingMeeting,
    run: (context, id) =>
      meetingMutations.deleteMeeting(context.actor, id, deleteMeetingSchema.parse({ version: 1, confirm: "yes" })),
    saved: async (context, id) => (await meetingStatus(context.db, id)) === "GONE",
  },
  {
    name: "meetings/mutations.createRecurringMeetings",
    allowed: STAFF,
    prepare: freshVenue,
    run: (context, venueId) =>
      meetingMutations.createRecurringMeetings(
        context.actor,
        recurringFormSchema.parse(recurringFields(context, venueId, `Weekly ${context.tag}`)),
      ),
    saved: (context) => meetingTitled(context.db, `Weekly ${context.tag}`),
  },
];

// ── second factor, passkeys, sessions (lib/second-factor/actions.ts, lib/auth/actions.ts) ──
const idle = () => ({ status: "idle" as const, values: {}, errors: {} });
const twoFactorRows = (db: PrismaClient, userId: string | undefined) =>
  db.twoFactor.count({ where: { userId: userId ?? "nobody" } });
const verificationCount = (db: PrismaClient) => db.verification.count();
/** The account that owns what a call targets: the caller, or a fresh editor for an anonymous call. */
async function ownerOf(context: Context): Promise<{ id: string; email: string }> {
  if (context.actor) return context.actor;
  const user = await testStaffAccount(context.db, {
    email: `owner-${context.tag}@example.org`,
    name: "Owner",
    role: "EDITOR",
  });
  return { id: user.id, email: user.email };
}
/** The caller (or, for an anonymous call, a fresh editor) with the authenticator app on, set up through a session of its own. */
async function enrolledOwner(context: Context): Promise<string> {
  const owner = await ownerOf(context);
  await enrolAuthenticator(owner.id, await sessionCookieFor(owner.email));
  return owner.id;
}
const storedBackupCodes = async (db: PrismaClient, userId: string | undefined) =>
  (await db.twoFactor.findFirst({ where: { userId: userId ?? "nobody" } }))?.backupCodes ?? "";
const provedSession = async (db: PrismaClient, userId: string | undefined) =>
  (await db.session.count({ where: { userId: userId ?? "nobody", provedAt: { not: null } } })) > 0;
// A forged WebAuthn answer: well formed, signed by nothing.
/** The last passkey challenge asked for (the options row reads it back). */
let passkeyOptions: Awaited<ReturnType<typeof authActions.passkeySignInOptionsAction>> | undefined;
const forgedPasskeyAnswer = {
  id: "Zm9yZ2Vk",
  rawId: "Zm9yZ2Vk",
  type: "public-key",
  response: { clientDataJSON: "e30", authenticatorData: "AAAA", signature: "AAAA" },
  clientExtensionResults: {},
};

const SECOND_FACTOR_ROWS: Row[] = [
  {
    name: "auth/actions.verifySignInCodeAction",
    allowed: EVERYONE,
    prepare: async (context) => {
      const email = `code-${context.tag}@example.org`;
      const user = await testStaffAccount(context.db, { email, name: "Code", role: "EDITOR" });
      const { key } = await enrolAuthenticator(user.id, await sessionCookieFor(email));
      await context.db.session.deleteMany({ where: { userId: user.id } });
      return JSON.stringify({ userId: user.id, key, cookie: await passwordStep(email) });
    },
    run: (_context, target) => {
      const { key, cookie } = JSON.parse(target) as { key: string; cookie: string };
      // The code step's cookie replaces the caller's: anyone may finish a sign-in they began.
      setRequestCookies(cookie);
      return authActions.verifySignInCodeAction("en", idle(), form({ code: totpCode(key) }));
    },
    saved: async (context, target) =>
      (await context.db.session.count({ where: { userId: JSON.parse(target).userId } })) > 0,
    refused: ({ redirect }) => redirect !== "/en/admin",
  },
  {
    // Anyone may ask for a challenge; it is carried in a cookie, so nothing is stored (tests/integration/sign-in.test.ts).
    name: "auth/actions.passkeySignInOptionsAction",
    allowed: EVERYONE,
    run: async () => (passkeyOptions = await authActions.passkeySignInOptionsAction()),
    saved: async () => Boolean(passkeyOptions?.ok && passkeyOptions.options.challenge),
    refused: ({ value }) => !(value as Awaited<ReturnType<typeof authActions.passkeySignInOptionsAction>>).ok,
  },
  {
    // Nobody signs in with a forged passkey answer; the real ceremony is tested end to end (tests/e2e/second-factor.spec.ts).
    name: "auth/actions.passkeySignInAction",
    allowed: [],
    prepare: async (context) => {
      await authActions.passkeySignInOptionsAction();
      return String(await context.db.session.count());
    },
    run: () => authActions.passkeySignInAction("en", null, forgedPasskeyAnswer),
    saved: async (context, before) => (await context.db.session.count()) > Number(before),
    refused: ({ value, redirect }) => value === false && redirect === null,
  },
  {
    name: "second-factor/actions.startTotpAction",
    allowed: STAFF,
    run: () => secondFactorActions.startTotpAction("en", idle(), form({ password: TEST_PASSWORD })),
    saved: async (context) => (await twoFactorRows(context.db, context.actor?.id)) > 0,
  },
  {
    name: "second-factor/actions.confirmTotpAction",
    allowed: STAFF,
    prepare: async (context) => {
      if (!context.actor) return "000000";
      const enabled = await getAuth().api.enableTwoFactor({
        body: { password: TEST_PASSWORD },
        headers: new Headers({ cookie: await sessionCookieFor(context.actor.email) }),
      });
      return new URL("totpURI" in enabled ? enabled.totpURI : "").searchParams.get("secret")!;
    },
    run: (_context, key) =>
      secondFactorActions.confirmTotpAction("en", idle(), form({ code: key === "000000" ? key : totpCode(key) })),
    saved: async (context) =>
      Boolean(
        context.actor &&
        (await context.db.user.findUniqueOrThrow({ where: { id: context.actor.id } })).twoFactorEnabled,
      ),
    refused: ({ redirect }) => redirect !== "/en/admin/account?step=codes",
  },
  {
    name: "second-factor/actions.disableTotpAction",
    allowed: STAFF,
    prepare: enrolledOwner,
    run: () => secondFactorActions.disableTotpAction("en"),
    saved: async (context, ownerId) => (await twoFactorRows(context.db, ownerId)) === 0,
  },
  {
    name: "second-factor/actions.newBackupCodesAction",
    allowed: STAFF,
    prepare: async (context) => {
      const ownerId = await enrolledOwner(context);
      return JSON.stringify({ ownerId, codes: await storedBackupCodes(context.db, ownerId) });
    },
    run: () => secondFactorActions.newBackupCodesAction("en"),
    saved: async (context, target) => {
      const { ownerId, codes } = JSON.parse(target) as { ownerId: string; codes: string };
      return (await storedBackupCodes(context.db, ownerId)) !== codes;
    },
  },
  {
    name: "second-factor/mutations.turnOffAuthenticatorApp",
    allowed: STAFF,
    callers: STAFF,
    prepare: enrolledOwner,
    run: (context) => secondFactorMutations.turnOffAuthenticatorApp(context.actor!),
    saved: async (context, ownerId) => (await twoFactorRows(context.db, ownerId)) === 0,
  },
  {
    name: "second-factor/mutations.replaceBackupCodes",
    allowed: STAFF,
    callers: STAFF,
    prepare: async (context) => (await enrolledOwner(context), await storedBackupCodes(context.db, context.actor!.id)),
    run: (context) => secondFactorMutations.replaceBackupCodes(context.actor!),
    saved: async (context, codes) => (await storedBackupCodes(context.db, context.actor!.id)) !== codes,
  },
  {
    name: "second-factor/mutations.removePasskey",
    allowed: STAFF,
    callers: STAFF,
    prepare: async (context) => {
      const passkey = await context.db.passkey.create({
        data: {
          id: `pk-${context.tag}`,
          userId: context.actor!.id,
          name: "Key",
          publicKey: "x",
          credentialID: `cred-${context.tag}`,
          counter: 0,
          deviceType: "singleDevice",
          backedUp: false,
        },
      });
      return passkey.id;
    },
    run: (context, passkeyId) => secondFactorMutations.removePasskey(context.actor!, passkeyId),
    saved: async (context, passkeyId) => (await context.db.passkey.count({ where: { id: passkeyId } })) === 0,
  },
  {
    name: "second-factor/mutations.revokeSession",
    allowed: STAFF,
    callers: STAFF,
    prepare: async (context) => {
      await sessionCookieFor(context.actor!.email);
      return (
        await context.db.session.findFirstOrThrow({
          where: { userId: context.actor!.id },
          orderBy: { createdAt: "desc" },
        })
      ).id;
    },
    run: (context, sessionId) => secondFactorMutations.revokeSession(context.actor!, sessionId, null),
    saved: async (context, sessionId) => (await context.db.session.count({ where: { id: sessionId } })) === 0,
  },
  {
    name: "second-factor/mutations.revokeOtherSessions",
    allowed: STAFF,
    callers: STAFF,
    prepare: async (context) => {
      await sessionCookieFor(context.actor!.email);
      return (
        await context.db.session.findFirstOrThrow({
          where: { userId: context.actor!.id },
          orderBy: { createdAt: "desc" },
        })
      ).id;
    },
    run: (context) => secondFactorMutations.revokeOtherSessions(context.actor!, null),
    saved: async (context, sessionId) => (await context.db.session.count({ where: { id: sessionId } })) === 0,
  },
  {
    name: "second-factor/actions.confirmWithPasswordAction",
    allowed: STAFF,
    run: () => secondFactorActions.confirmWithPasswordAction("en", idle(), form({ password: TEST_PASSWORD })),
    saved: (context) => provedSession(context.db, context.actor?.id),
    refused: ({ redirect }) => redirect !== "/en/admin/account?notice=confirmed",
  },
  {
    name: "second-factor/actions.confirmWithCodeAction",
    allowed: STAFF,
    prepare: async (context) => {
      const owner = await ownerOf(context);
      return (await enrolAuthenticator(owner.id, await sessionCookieFor(owner.email))).key;
    },
    run: (_context, key) => secondFactorActions.confirmWithCodeAction("en", idle(), form({ code: totpCode(key) })),
    saved: (context) => provedSession(context.db, context.actor?.id),
    refused: ({ redirect }) => redirect !== "/en/admin/account?notice=confirmed",
  },
  {
    name: "second-factor/actions.passkeyRegistrationOptionsAction",
    allowed: STAFF,
    prepare: async (context) => String(await verificationCount(context.db)),
    run: () => secondFactorActions.passkeyRegistrationOptionsAction(),
    saved: async (context, before) => (await verificationCount(context.db)) > Number(before),
    refused: ({ value }) => !(value as { ok: boolean; options?: { challenge?: string } }).options?.challenge,
  },
  {
    // A forged answer adds no passkey, whoever sends it; the real ceremony is tested end to end.
    name: "second-factor/actions.registerPasskeyAction",
    allowed: [],
    prepare: async () => {
      await secondFactorActions.passkeyRegistrationOptionsAction();
      return "";
    },
    run: () => secondFactorActions.registerPasskeyAction("Forged", forgedPasskeyAnswer),
    saved: async (context) => (await context.db.passkey.count({ where: { name: "Forged" } })) > 0,
    refused: ({ value }) => (value as { ok: boolean }).ok === false,
  },
  {
    name: "second-factor/actions.removePasskeyAction",
    allowed: STAFF,
    prepare: async (context) => {
      const owner = await ownerOf(context);
      const passkey = await context.db.passkey.create({
        data: {
          id: `pk-${context.tag}`,
          userId: owner.id,
          name: "Key",
          publicKey: "x",
          credentialID: `cred-${context.tag}`,
          counter: 0,
          deviceType: "singleDevice",
          backedUp: false,
        },
      });
      return passkey.id;
    },
    run: (_context, passkeyId) => secondFactorActions.removePasskeyAction("en", form({ passkeyId })),
    saved: async (context, passkeyId) => (await context.db.passkey.count({ where: { id: passkeyId } })) === 0,
  },
  {
    name: "second-factor/actions.revokeSessionAction",
    allowed: STAFF,
    prepare: async (context) => {
      const owner = await ownerOf(context);
      await sessionCookieFor(owner.email);
      return (
        await context.db.session.findFirstOrThrow({ where: { userId: owner.id }, orderBy: { createdAt: "desc" } })
      ).id;
    },
    run: (_context, sessionId) => secondFactorActions.revokeSessionAction("en", form({ sessionId })),
    saved: async (context, sessionId) => (await context.db.session.count({ where: { id: sessionId } })) === 0,
  },
  {
    name: "second-factor/actions.revokeOtherSessionsAction",
    allowed: STAFF,
    prepare: async (context) => {
      const owner = await ownerOf(context);
      await sessionCookieFor(owner.email);
      return (
        await context.db.session.findFirstOrThrow({ where: { userId: owner.id }, orderBy: { createdAt: "desc" } })
      ).id;
    },
    run: () => secondFactorActions.revokeOtherSessionsAction("en"),
    saved: async (context, sessionId) => (await context.db.session.count({ where: { id: sessionId } })) === 0,
  },
  {
    name: "second-factor/actions.resetSecondFactorAction",
    allowed: ADMIN_ONLY,
    prepare: async (context) => {
      const userId = await anotherEditor(context);
      await enrolAuthenticator(userId, await sessionCookieFor(`target-${context.tag}@example.org`));
      return userId;
    },
    run: (_context, userId) => secondFactorActions.resetSecondFactorAction("en", form({ userId, confirm: "yes" })),
    saved: async (context, userId) => (await twoFactorRows(context.db, userId)) === 0,
  },
  {
    // Only from the step that names the person: a one-click post (no `confirm`) resets nothing, an admin's included.
    name: "second-factor/actions.resetSecondFactorAction (not confirmed)",
    allowed: [],
    prepare: async (context) => {
      const userId = await anotherEditor(context);
      await enrolAuthenticator(userId, await sessionCookieFor(`target-${context.tag}@example.org`));
      return userId;
    },
    run: (_context, userId) => secondFactorActions.resetSecondFactorAction("en", form({ userId })),
    saved: async (context, userId) => (await twoFactorRows(context.db, userId)) === 0,
    refused: ({ redirect }) => /error=|\/admin\/login/.test(redirect ?? ""),
  },
  {
    name: "second-factor/actions.saveEditorsSettingAction",
    allowed: ADMIN_ONLY,
    prepare: async (context) => {
      await context.db.staffSettings.deleteMany();
      return "";
    },
    run: () =>
      secondFactorActions.saveEditorsSettingAction("en", idle(), form({ requireSecondFactorForEditors: "on" })),
    saved: async (context) =>
      Boolean((await context.db.staffSettings.findUnique({ where: { id: 1 } }))?.requireSecondFactorForEditors),
  },
  {
    name: "second-factor/mutations.resetSecondFactor",
    allowed: ADMIN_ONLY,
    callers: STAFF,
    prepare: async (context) => {
      const userId = await anotherEditor(context);
      await enrolAuthenticator(userId, await sessionCookieFor(`target-${context.tag}@example.org`));
      return userId;
    },
    run: (context, userId) => secondFactorMutations.resetSecondFactor(context.actor!, userId),
    saved: async (context, userId) => (await twoFactorRows(context.db, userId)) === 0,
  },
  {
    // Nobody resets their own, admins included.
    name: "second-factor/mutations.resetSecondFactor (own)",
    allowed: [],
    callers: STAFF,
    prepare: async (context) => {
      await enrolAuthenticator(context.actor!.id, await sessionCookieFor(context.actor!.email));
      return context.actor!.id;
    },
    run: (context, userId) => secondFactorMutations.resetSecondFactor(context.actor!, userId),
    saved: async (context, userId) => (await twoFactorRows(context.db, userId)) === 0,
    refused: ({ value }) => ["self", "forbidden"].includes((value as { reason?: string }).reason ?? ""),
  },
  {
    name: "second-factor/actions.resetSecondFactorAction (own)",
    allowed: [],
    callers: STAFF,
    prepare: async (context) => {
      await enrolAuthenticator(context.actor!.id, await sessionCookieFor(context.actor!.email));
      return context.actor!.id;
    },
    run: (_context, userId) => secondFactorActions.resetSecondFactorAction("en", form({ userId, confirm: "yes" })),
    saved: async (context, userId) => (await twoFactorRows(context.db, userId)) === 0,
    refused: ({ redirect }) => Boolean(redirect?.includes("error=")),
  },
  {
    name: "second-factor/mutations.setEditorsNeedSecondFactor",
    allowed: ADMIN_ONLY,
    callers: STAFF,
    prepare: async (context) => {
      await context.db.staffSettings.deleteMany();
      return "";
    },
    run: (context) => secondFactorMutations.setEditorsNeedSecondFactor(context.actor!, true),
    saved: async (context) =>
      Boolean((await context.db.staffSettings.findUnique({ where: { id: 1 } }))?.requireSecondFactorForEditors),
  },
];

// ── publishing: a draft to publish, or a request for review made by another editor ──
async function draftMeeting(context: Context): Promise<string> {
  const id = await existingMeeting(context);
  await context.db.meeting.update({ where: { id }, data: { publication: "DRAFT" } });
  return id;
}

async function meetingInReview(context: Context): Promise<string> {
  const id = await existingMeeting(context);
  await context.db.meeting.update({
    where: { id },
    data: { publication: "IN_REVIEW", reviewRequestedById: await anotherEditor(context) },
  });
  return id;
}

async function cancellationToConfirm(context: Context): Promise<string> {
  const id = await existingMeeting(context);
  await context.db.meeting.update({
    where: { id },
    data: { status: "CANCELLED", statusToConfirmById: await anotherEditor(context) },
  });
  return id;
}
const statusConfirmed = async (context: Context, id: string) =>
  (await context.db.meeting.findUniqueOrThrow({ where: { id } })).statusToConfirmById === null;

const publicationOf = async (db: PrismaClient, id: string) =>
  (await db.meeting.findUniqueOrThrow({ where: { id } })).publication;
const idleForm = { status: "idle", values: {}, errors: {} } as const;

const PUBLISHING_ROWS: Row[] = [
  {
    name: "publishing/actions.publishMeetingAction",
    allowed: STAFF,
    prepare: draftMeeting,
    run: (_context, id) => publishingActions.publishMeetingAction("en", id, idleForm, form({ version: "1" })),
    saved: async (context, id) => (await publicationOf(context.db, id)) === "PUBLISHED",
  },
  {
    // The demo series lets only admins review.
    name: "publishing/actions.reviewMeetingAction",
    allowed: ADMIN_ONLY,
    prepare: meetingInReview,
    run: (_context, id) =>
      publishingActions.reviewMeetingAction("en", id, idleForm, form({ version: "1", decision: "approve" })),
    saved: async (context, id) => (await publicationOf(context.db, id)) === "PUBLISHED",
  },
  {
    name: "publishing/mutations.publishMeeting",
    allowed: STAFF,
    callers: STAFF,
    prepare: draftMeeting,
    run: (context, id) =>
      publishingMutations.publishMeeting(context.actor, id, publishFormSchema.parse({ version: 1 })),
    saved: async (context, id) => (await publicationOf(context.db, id)) === "PUBLISHED",
  },
  {
    name: "publishing/mutations.reviewMeeting",
    allowed: ADMIN_ONLY,
    callers: STAFF,
    prepare: meetingInReview,
    run: (context, id) =>
      publishingMutations.reviewMeeting(context.actor, id, reviewFormSchema.parse({ version: 1, decision: "approve" })),
    saved: async (context, id) => (await publicationOf(context.db, id)) === "PUBLISHED",
  },
  {
    // Another editor's cancellation, live and waiting to be confirmed; the demo series lets only admins review.
    name: "publishing/actions.confirmStatusChangeAction",
    allowed: ADMIN_ONLY,
    prepare: cancellationToConfirm,
    run: (_context, id) => publishingActions.confirmStatusChangeAction("en", id, idleForm, form({ version: "1" })),
    saved: statusConfirmed,
  },
  {
    name: "publishing/mutations.confirmStatusChange",
    allowed: ADMIN_ONLY,
    callers: STAFF,
    prepare: cancellationToConfirm,
    run: (context, id) =>
      publishingMutations.confirmStatusChange(context.actor, id, confirmStatusFormSchema.parse({ version: 1 })),
    saved: statusConfirmed,
  },
];

// ── draft changes to a published meeting: one pending per meeting (lib/meeting-revisions) ──
async function meetingWithDraftChange(context: Context, state: "DRAFT" | "IN_REVIEW" = "DRAFT"): Promise<string> {
  const id = await existingMeeting(context);
  const { venueId } = await context.db.meeting.findUniqueOrThrow({ where: { id } });
  const values = meetingDraftSchema.parse(meetingValues(context, venueId, `Changed ${context.tag}`));
  await context.db.meetingRevision.create({
    data: {
      meetingId: id,
      baseVersion: 1,
      values,
      state,
      reviewRequestedById: state === "IN_REVIEW" ? await anotherEditor(context) : null,
    },
  });
  return id;
}
const draftChangeInReview = (context: Context) => meetingWithDraftChange(context, "IN_REVIEW");
const hasDraftChange = (db: PrismaClient, id: string) =>
  db.meetingRevision.count({ where: { meetingId: id } }).then(Boolean);
const changeApplied = (context: Context) => meetingTitled(context.db, `Changed ${context.tag}`);

const REVISION_ROWS: Row[] = [
  {
    name: "meetings/actions.updateMeetingAction (save as draft change)",
    allowed: STAFF,
    prepare: existingMeeting,
    run: async (context, id) => {
      const venueId = (await context.db.meeting.findUniqueOrThrow({ where: { id } })).venueId;
      return meetingActions.updateMeetingAction(
        "en",
        id,
        idleForm,
        meetingForm({
          ...meetingValues(context, venueId, `Changed ${context.tag}`),
          version: "1",
          intent: "draftChange",
        }),
      );
    },
    saved: (context, id) => hasDraftChange(context.db, id),
  },
  {
    name: "meetings/mutations.applyMeetingEdit",
    allowed: STAFF,
    prepare: existingMeeting,
    run: async (context, id) => {
      const venueId = (await context.db.meeting.findUniqueOrThrow({ where: { id } })).venueId;
      // It runs inside a caller's transaction, so a refusal is thrown (to roll it back): here it becomes the value.
      return context.db
        .$transaction((tx) =>
          meetingMutations.applyMeetingEdit(
            tx,
            context.actor,
            id,
            1,
            meetingInputOf(context, venueId, `Edited ${context.tag}`),
          ),
        )
        .catch((error: unknown) => (error instanceof Rollback ? error.outcome : Promise.reject(error)));
    },
    saved: (context) => meetingTitled(context.db, `Edited ${context.tag}`),
  },
  {
    name: "meeting-revisions/mutations.saveMeetingRevision",
    allowed: STAFF,
    callers: STAFF,
    prepare: existingMeeting,
    run: async (context, id) => {
      const venueId = (await context.db.meeting.findUniqueOrThrow({ where: { id } })).venueId;
      return revisionMutations.saveMeetingRevision(
        context.actor,
        id,
        1,
        meetingInputOf(context, venueId, `Changed ${context.tag}`),
      );
    },
    saved: (context, id) => hasDraftChange(context.db, id),
  },
  {
    name: "meeting-revisions/actions.publishRevisionAction",
    allowed: STAFF,
    prepare: (context) => meetingWithDraftChange(context),
    run: (_context, id) => revisionActions.publishRevisionAction("en", id, idleForm, form({ version: "1" })),
    saved: changeApplied,
  },
  {
    name: "meeting-revisions/mutations.publishMeetingRevision",
    allowed: STAFF,
    callers: STAFF,
    prepare: (context) => meetingWithDraftChange(context),
    run: (context, id) =>
      revisionMutations.publishMeetingRevision(context.actor, id, revisionStepSchema.parse({ version: 1 })),
    saved: changeApplied,
  },
  {
    // The demo series lets only admins review.
    name: "meeting-revisions/actions.reviewRevisionAction",
    allowed: ADMIN_ONLY,
    prepare: draftChangeInReview,
    run: (_context, id) =>
      revisionActions.reviewRevisionAction("en", id, idleForm, form({ version: "1", decision: "approve" })),
    saved: changeApplied,
  },
  {
    name: "meeting-revisions/mutations.reviewMeetingRevision",
    allowed: ADMIN_ONLY,
    callers: STAFF,
    prepare: draftChangeInReview,
    run: (context, id) =>
      revisionMutations.reviewMeetingRevision(
        context.actor,
        id,
        revisionReviewSchema.parse({ version: 1, decision: "approve" }),
      ),
    saved: changeApplied,
  },
  {
    name: "meeting-revisions/actions.discardRevisionAction",
    allowed: STAFF,
    prepare: (context) => meetingWithDraftChange(context),
    run: (_context, id) => revisionActions.discardRevisionAction("en", id, idleForm, form({ version: "1" })),
    saved: async (context, id) => !(await hasDraftChange(context.db, id)),
  },
  {
    name: "meeting-revisions/mutations.discardMeetingRevision",
    allowed: STAFF,
    callers: STAFF,
    prepare: (context) => meetingWithDraftChange(context),
    run: (context, id) =>
      revisionMutations.discardMeetingRevision(context.actor, id, revisionStepSchema.parse({ version: 1 })),
    saved: async (context, id) => !(await hasDraftChange(context.db, id)),
  },
];

// ── meeting requests: the public form, and the staff queue ──
const requestFields = (organization: string) => ({
  // The public form takes a day within the year ahead, by the action's own clock.
  organization,
  venueKind: "CHURCH",
  street: "1 Test Road",
  city: "Dallas",
  postalCode: "75201",
  preferredDate: addDaysToDateKey(zonedDateKey(new Date()), 30),
  startTime: "18:00",
  endTime: "19:30",
  spokenLanguages: "es",
  attendance: "30",
  contactName: "Marta",
  contactEmail: "office@example.org",
});

/** An open request, named after the row; returns its id. */
async function openRequest(context: Context): Promise<string> {
  const row = await context.db.sessionRequest.create({
    data: {
      organization: `Requester ${context.tag}`,
      venueKind: "CHURCH",
      street: "1 Test Road",
      city: "Dallas",
      postalCode: "75201",
      preferredDate: new Date("2027-02-03T00:00:00Z"),
      startTime: "18:00",
      endTime: "19:30",
      otherTimes: "",
      spokenLanguages: ["es"],
      interpretation: [],
      attendance: 30,
      contactName: "Marta",
      contactEmail: "office@example.org",
    },
  });
  return row.id;
}

/** The date and times staff accept a request for: the request's own. */
const acceptedSlot = { date: "2027-02-03", startTime: "18:00", endTime: "19:30" };
const requestStatus = async (db: PrismaClient, id: string) =>
  (await db.sessionRequest.findUniqueOrThrow({ where: { id } })).status;
const requestNamed = (db: PrismaClient, organization: string) =>
  db.sessionRequest.count({ where: { organization } }).then(Boolean);

const REQUEST_ROWS: Row[] = [
  {
    // Anyone may ask for a meeting (the limit per address is reset so that only authorization is tested).
    name: "requests/actions.submitSessionRequestAction",
    allowed: EVERYONE,
    run: (context) => {
      resetAddressLimits();
      return requestActions.submitSessionRequestAction("es", idleForm, form(requestFields(`Asks ${context.tag}`)));
    },
    saved: (context) => requestNamed(context.db, `Asks ${context.tag}`),
  },
  {
    name: "requests/actions.saveRequestNotesAction",
    allowed: STAFF,
    prepare: openRequest,
    run: (context, id) =>
      requestActions.saveRequestNotesAction(
        "en",
        id,
        idleForm,
        form({ status: "IN_PROGRESS", notes: `Notes ${context.tag}` }),
      ),
    saved: async (context, id) => (await requestStatus(context.db, id)) === "IN_PROGRESS",
  },
  {
    name: "requests/actions.declineRequestAction",
    allowed: STAFF,
    prepare: openRequest,
    run: (_context, id) =>
      requestActions.declineRequestAction("en", id, idleForm, form({ notes: "Outside the area." })),
    saved: async (context, id) => (await requestStatus(context.db, id)) === "DECLINED",
  },
  {
    name: "requests/actions.acceptRequestAction",
    allowed: STAFF,
    prepare: openRequest,
    run: (context, id) =>
      requestActions.acceptRequestAction(
        "en",
        id,
        idleForm,
        form({ seriesId: context.seriesId, venueId: "", hostName: "Lt. Ana Ramírez", ...acceptedSlot }),
      ),
    saved: async (context, id) =>
      (await requestStatus(context.db, id)) === "ACCEPTED" &&
      (await venueNamed(context.db, `Requester ${context.tag}`)),
  },
  {
    name: "requests/mutations.submitSessionRequest",
    allowed: ["anonymous"],
    callers: ["anonymous"],
    run: (context) => {
      resetAddressLimits();
      return requestMutations.submitSessionRequest(
        { ...requestFields(`Asks ${context.tag}`), spokenLanguages: ["es"] },
        "203.0.113.50",
      );
    },
    saved: (context) => requestNamed(context.db, `Asks ${context.tag}`),
  },
  {
    name: "requests/mutations.updateRequestNotes",
    allowed: STAFF,
    callers: STAFF,
    prepare: openRequest,
    run: (context, id) =>
      requestMutations.updateRequestNotes(context.actor, id, { status: "IN_PROGRESS", notes: "On it." }),
    saved: async (context, id) => (await requestStatus(context.db, id)) === "IN_PROGRESS",
  },
  {
    name: "requests/mutations.declineRequest",
    allowed: STAFF,
    callers: STAFF,
    prepare: openRequest,
    run: (context, id) => requestMutations.declineRequest(context.actor, id, { notes: "" }),
    saved: async (context, id) => (await requestStatus(context.db, id)) === "DECLINED",
  },
  {
    name: "requests/mutations.acceptRequest",
    allowed: STAFF,
    callers: STAFF,
    prepare: openRequest,
    run: (context, id) =>
      requestMutations.acceptRequest(context.actor, id, {
        seriesId: context.seriesId,
        venueId: "",
        hostName: "Lt. Ana Ramírez",
        ...acceptedSlot,
      }),
    saved: async (context, id) => (await requestStatus(context.db, id)) === "ACCEPTED",
  },
];

// ── residents' questions: the public form, and staff answers ──
async function upcomingPublicMeeting(db: PrismaClient): Promise<string> {
  return (
    await db.meeting.findFirstOrThrow({
      where: { publication: "PUBLISHED", endsAt: { gt: new Date() } },
      orderBy: { startsAt: "asc" },
    })
  ).id;
}

/** A question, named after the row; answered (ready to publish) or published when asked; returns its id. */
async function questionFor(context: Context, status: "NEW" | "ANSWERED" | "PUBLISHED" = "NEW"): Promise<string> {
  const answers = status === "NEW" ? {} : { answerEn: "Yes.", answerEs: "Sí.", answeredByRole: "EDITOR" as const };
  const row = await context.db.question.create({
    data: {
      text: `Question ${context.tag}`,
      locale: "es",
      meetingId: null,
      status,
      createdAt: new Date(),
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      ...answers,
    },
  });
  return row.id;
}

const questionRow = (db: PrismaClient, id: string) => db.question.findUnique({ where: { id } });
const questionAsked = (db: PrismaClient, text: string) => db.question.count({ where: { text } }).then(Boolean);

const QUESTION_ROWS: Row[] = [
  {
    // Anyone may ask (the limit per address is reset so that only authorization is tested).
    name: "questions/actions.askQuestionAction",
    allowed: EVERYONE,
    prepare: (context) => upcomingPublicMeeting(context.db),
    run: (context, meetingId) => {
      resetAddressLimits();
      return questionActions.askQuestionAction(
        "es",
        meetingId,
        idleForm,
        form({ text: `Asked ${context.tag}`, website: "" }),
      );
    },
    saved: (context) => questionAsked(context.db, `Asked ${context.tag}`),
  },
  {
    name: "questions/actions.answerQuestionAction",
    allowed: STAFF,
    prepare: (context) => questionFor(context),
    run: (_context, id) =>
      questionActions.answerQuestionAction("en", id, idleForm, form({ answerEn: "Yes.", answerEs: "Sí." })),
    saved: async (context, id) => (await questionRow(context.db, id))?.status === "ANSWERED",
  },
  {
    name: "questions/actions.publishQuestionAction",
    allowed: STAFF,
    prepare: (context) => questionFor(context, "ANSWERED"),
    run: (_context, id) => questionActions.publishQuestionAction("en", id, idleForm, form({})),
    saved: async (context, id) => (await questionRow(context.db, id))?.status === "PUBLISHED",
  },
  {
    name: "questions/actions.unpublishQuestionAction",
    allowed: STAFF,
    prepare: (context) => questionFor(context, "PUBLISHED"),
    run: (_context, id) => questionActions.unpublishQuestionAction("en", id, idleForm, form({})),
    saved: async (context, id) => (await questionRow(context.db, id))?.status === "ANSWERED",
  },
  {
    name: "questions/actions.deleteQuestionAction",
    allowed: STAFF,
    prepare: (context) => questionFor(context),
    run: (_context, id) => questionActions.deleteQuestionAction("en", id, idleForm, form({ confirm: "yes" })),
    saved: async (context, id) => (await questionRow(context.db, id)) === null,
  },
  {
    name: "questions/mutations.submitQuestion",
    allowed: ["anonymous"],
    callers: ["anonymous"],
    prepare: (context) => upcomingPublicMeeting(context.db),
    run: (context, meetingId) => {
      resetAddressLimits();
      return questionMutations.submitQuestion({ text: `Asked ${context.tag}` }, "203.0.113.51", meetingId, "en");
    },
    saved: (context) => questionAsked(context.db, `Asked ${context.tag}`),
  },
  {
    name: "questions/mutations.answerQuestion",
    allowed: STAFF,
    callers: STAFF,
    prepare: (context) => questionFor(context),
    run: (context, id) => questionMutations.answerQuestion(context.actor, id, { answerEn: "Yes.", answerEs: "Sí." }),
    saved: async (context, id) => (await questionRow(context.db, id))?.status === "ANSWERED",
  },
  {
    name: "questions/mutations.publishQuestion",
    allowed: STAFF,
    callers: STAFF,
    prepare: (context) => questionFor(context, "ANSWERED"),
    run: (context, id) => questionMutations.publishQuestion(context.actor, id),
    saved: async (context, id) => (await questionRow(context.db, id))?.status === "PUBLISHED",
  },
  {
    name: "questions/mutations.unpublishQuestion",
    allowed: STAFF,
    callers: STAFF,
    prepare: (context) => questionFor(context, "PUBLISHED"),
    run: (context, id) => questionMutations.unpublishQuestion(context.actor, id),
    saved: async (context, id) => (await questionRow(context.db, id))?.status === "ANSWERED",
  },
  {
    name: "questions/mutations.deleteQuestion",
    allowed: STAFF,
    callers: STAFF,
    prepare: (context) => questionFor(context),
    run: (context, id) => questionMutations.deleteQuestion(context.actor, id),
    saved: async (context, id) => (await questionRow(context.db, id)) === null,
  },
];

// ── attendance: the meeting page's anonymous taps, and the staff's interpreter mark ──
const tallied = (db: PrismaClient, meetingId: string) =>
  db.tallyCount.count({ where: { meetingId, count: { gt: 0 } } }).then(Boolean);
const interpretationOf = async (db: PrismaClient, id: string) =>
  (await db.meeting.findUniqueOrThrow({ where: { id } })).interpretation;

const ATTENDANCE_ROWS: Row[] = [
  {
    // Anyone may tap (the limit per address is reset so that only authorization is tested).
    name: "attendance/actions.tapAction",
    allowed: EVERYONE,
    prepare: existingMeeting,
    run: (context) => {
      resetAddressLimits();
      setRequestAddress("203.0.113.60");
      return attendanceActions.tapAction("es", `meeting-${context.tag}`, idleForm, form({ tap: "plan" }));
    },
    saved: (context, id) => tallied(context.db, id),
  },
  {
    name: "attendance/mutations.recordTap",
    allowed: ["anonymous"],
    callers: ["anonymous"],
    prepare: existingMeeting,
    run: (context) => {
      resetAddressLimits();
      return attendanceMutations.recordTap(`meeting-${context.tag}`, { tap: "vi" }, "203.0.113.61");
    },
    saved: (context, id) => tallied(context.db, id),
  },
  {
    name: "attendance/actions.setInterpreterArrangedAction",
    allowed: STAFF,
    prepare: existingMeeting,
    run: (_context, id) =>
      attendanceActions.setInterpreterArrangedAction(
        "en",
        id,
        idleForm,
        form({ language: "vi", arranged: "yes", version: "1" }),
      ),
    saved: async (context, id) => (await interpretationOf(context.db, id)).includes("vi"),
  },
  {
    name: "attendance/mutations.setInterpreterArranged",
    allowed: STAFF,
    callers: STAFF,
    prepare: existingMeeting,
    run: (context, id) =>
      attendanceMutations.setInterpreterArranged(
        context.actor,
        id,
        interpreterMarkSchema.parse({ language: "vi", arranged: "yes", version: 1 }),
      ),
    saved: async (context, id) => (await interpretationOf(context.db, id)).includes("vi"),
  },
];

const ROWS: Row[] = [
  ...MEETING_ROWS,
  ...ATTENDANCE_ROWS,
  ...SECOND_FACTOR_ROWS,
  ...PUBLISHING_ROWS,
  ...REVISION_ROWS,
  ...REQUEST_ROWS,
  ...QUESTION_ROWS,
  // ── sign-in, sign-out, own password (lib/auth/actions.ts) ──
  {
    name: "auth/actions.signInAction",
    allowed: EVERYONE,
    prepare: async (context) => {
      await testStaffAccount(context.db, { email: `login-${context.tag}@example.org`, name: "Login", role: "EDITOR" });
      return `login-${context.tag}@example.org`;
    },
    run: (_context, email) =>
      authActions.signInAction(
        "en",
        { status: "idle", values: {}, errors: {} },
        form({ email, password: TEST_PASSWORD }),
      ),
    saved: async (context, email) => (await context.db.session.count({ where: { user: { email } } })) > 0,
    refused: ({ redirect }) => redirect !== "/en/admin",
  },
  {
    name: "auth/actions.signOutAction",
    allowed: EVERYONE,
    prepare: async (context) => context.actor?.id ?? "",
    run: () => authActions.signOutAction("en"),
    // Signed-in callers lose their session; an anonymous caller had none.
    saved: async (context, userId) => (await context.db.session.count({ where: { userId } })) === 0,
    refused: ({ redirect }) => !redirect?.startsWith("/en/admin/login?signedOut=1"),
  },
  {
    name: "auth/actions.changePasswordAction",
    allowed: STAFF,
    prepare: async (context) => (await passwordHashOf(context.db, context.actor?.id ?? "")) ?? "",
    run: () =>
      authActions.changePasswordAction(
        "en",
        { status: "idle", values: {}, errors: {} },
        form({
          currentPassword: TEST_PASSWORD,
          newPassword: "a-brand-new-passphrase",
          confirmPassword: "a-brand-new-passphrase",
        }),
      ),
    saved: async (context, hashBefore) =>
      Boolean(hashBefore) && (await passwordHashOf(context.db, context.actor!.id)) !== hashBefore,
    refused: ({ value }) => (value as { status?: string } | undefined)?.status !== "done",
  },
  // ── password reset by email (lib/auth/actions.ts): anyone, as signing in ──
  {
    name: "auth/actions.requestPasswordResetAction",
    allowed: EVERYONE,
    prepare: async (context) =>
      (
        await testStaffAccount(context.db, {
          email: `forgot-${context.tag}@example.org`,
          name: "Forgot",
          role: "EDITOR",
        })
      ).email,
    run: (_context, email) => authActions.requestPasswordResetAction("en", idleForm, form({ email })),
    saved: async (context, email) =>
      (await context.db.outboxEmail.count({ where: { toAddress: email, kind: "passwordReset" } })) > 0,
    refused: ({ redirect }) => redirect !== "/en/admin/forgot-password?sent=1",
  },
  {
    name: "auth/actions.resetPasswordAction",
    allowed: EVERYONE,
    prepare: async (context) => {
      const user = await testStaffAccount(context.db, {
        email: `reset-${context.tag}@example.org`,
        name: "Reset",
        role: "EDITOR",
      });
      await requestPasswordReset(user.email, "en", "192.0.2.99");
      // Local mode keeps the message with its link.
      const message = await context.db.outboxEmail.findFirstOrThrow({ where: { toAddress: user.email } });
      const token = new URL((message.params as { link: string }).link).searchParams.get("token");
      return JSON.stringify({ userId: user.id, token, hash: await passwordHashOf(context.db, user.id) });
    },
    run: (_context, target) => {
      const { token } = JSON.parse(target) as { token: string };
      return authActions.resetPasswordAction(
        "en",
        idleForm,
        form({ token, newPassword: "a-brand-new-passphrase", confirmPassword: "a-brand-new-passphrase" }),
      );
    },
    saved: async (context, target) => {
      const { userId, hash } = JSON.parse(target) as { userId: string; hash: string };
      return (await passwordHashOf(context.db, userId)) !== hash;
    },
    refused: ({ redirect }) => redirect !== "/en/admin/login?passwordReset=1",
  },
  // ── the email outbox (admins) ──
  {
    name: "email/actions.sendEmailAgainAction",
    allowed: ADMIN_ONLY,
    prepare: failedEmail,
    run: (_context, id) => emailActions.sendEmailAgainAction("en", form({ id })),
    saved: emailQueuedAgain,
    refused: ({ redirect }) => !redirect?.includes("notice=queued"),
  },
  {
    name: "email/mutations.sendEmailAgain",
    allowed: ADMIN_ONLY,
    callers: STAFF,
    prepare: failedEmail,
    run: (context, id) => emailMutations.sendEmailAgain(context.actor!, id),
    saved: emailQueuedAgain,
  },
  {
    name: "email/actions.sendTestEmailAction",
    allowed: ADMIN_ONLY,
    run: () => emailActions.sendTestEmailAction("en", form({})),
    saved: testEmailQueued,
    refused: ({ redirect }) => !redirect?.includes("notice=testQueued"),
  },
  {
    name: "email/mutations.queueTestEmail",
    allowed: ADMIN_ONLY,
    callers: STAFF,
    run: (context) => emailMutations.queueTestEmail(context.actor!, "en"),
    saved: testEmailQueued,
  },
  // ── staff notices: each staff member's own settings ──
  {
    name: "notices/actions.saveNoticePreferencesAction",
    allowed: STAFF,
    run: () =>
      noticeActions.saveNoticePreferencesAction(
        "en",
        idleForm,
        form({ noticeMode: "DIGEST", digestHour: "17", locale: "en" }),
      ),
    saved: async (context) =>
      Boolean(context.actor) &&
      (await context.db.user.count({
        where: { id: context.actor!.id, noticeMode: "DIGEST", digestHour: 17, locale: "en" },
      })) === 1,
    refused: ({ value }) => (value as { status?: string } | undefined)?.status !== "done",
  },
  {
    name: "notices/mutations.saveNoticePreferences",
    allowed: STAFF,
    callers: STAFF,
    run: (context) =>
      noticeMutations.saveNoticePreferences(context.actor!, { noticeMode: "OFF", digestHour: null, locale: "en" }),
    saved: async (context) =>
      (await context.db.user.count({ where: { id: context.actor!.id, noticeMode: "OFF", locale: "en" } })) === 1,
  },
  // ── venues ──
  {
    name: "venues/actions.saveVenueAction",
    allowed: STAFF,
    run: (context) =>
      venueActions.saveVenueAction(
        "en",
        null,
        { status: "idle", values: {}, errors: {} },
        form(venueFields(`Venue ${context.tag}`)),
      ),
    saved: (context) => venueNamed(context.db, `Venue ${context.tag}`),
  },
  {
    name: "venues/actions.saveVenueAction (edit)",
    allowed: STAFF,
    run: (context) =>
      venueActions.saveVenueAction(
        "en",
        context.venueId,
        { status: "idle", values: {}, errors: {} },
        form(venueFields(`Renamed ${context.tag}`)),
      ),
    saved: (context) => venueNamed(context.db, `Renamed ${context.tag}`),
  },
  {
    name: "venues/mutations.createVenue",
    allowed: STAFF,
    callers: STAFF,
    run: (context) =>
      venueMutations.createVenue(context.actor!, venueInputSchema.parse(venueFields(`Venue ${context.tag}`))),
    saved: (context) => venueNamed(context.db, `Venue ${context.tag}`),
  },
  {
    name: "venues/mutations.updateVenue",
    allowed: STAFF,
    callers: STAFF,
    run: (context) =>
      venueMutations.updateVenue(
        context.actor!,
        context.venueId,
        venueInputSchema.parse(venueFields(`Renamed ${context.tag}`)),
      ),
    saved: (context) => venueNamed(context.db, `Renamed ${context.tag}`),
  },
  {
    name: "venues/mutations.createVenueInTransaction",
    allowed: STAFF,
    callers: STAFF,
    run: (context) =>
      context.db.$transaction((tx) =>
        venueMutations.createVenueInTransaction(
          tx,
          context.actor!,
          venueInputSchema.parse(venueFields(`Inline ${context.tag}`)),
        ),
      ),
    saved: (context) => venueNamed(context.db, `Inline ${context.tag}`),
  },
  // ── partner notice contacts (lib/notices): staff who manage places ──
  {
    name: "partner-contacts/actions.addPartnerContactAction",
    allowed: STAFF,
    prepare: partnerPlace,
    run: (context, venueId) =>
      partnerContactActions.addPartnerContactAction(
        "en",
        venueId,
        { status: "idle", values: {}, errors: {} },
        form(contactFields(context)),
      ),
    saved: (context, venueId) => contactListed(context, venueId),
  },
  {
    name: "partner-contacts/mutations.addPartnerContact",
    allowed: STAFF,
    callers: STAFF,
    prepare: partnerPlace,
    run: (context, venueId) =>
      partnerContactMutations.addPartnerContact(context.actor!, venueId, {
        address: contactFields(context).address,
        name: null,
        locale: "es",
        consentNote: "By phone",
      }),
    saved: (context, venueId) => contactListed(context, venueId),
  },
  {
    name: "partner-contacts/actions.removePartnerContactAction",
    allowed: STAFF,
    prepare: listedContact,
    run: async (context, contactId) =>
      partnerContactActions.removePartnerContactAction(
        "en",
        await contactVenue(context, contactId),
        form({ contactId }),
      ),
    saved: async (context, contactId) => !(await context.db.partnerContact.findUnique({ where: { id: contactId } })),
    refused: ({ redirect }) => !redirect?.includes("contact=removed"),
  },
  {
    name: "partner-contacts/mutations.removePartnerContact",
    allowed: STAFF,
    callers: STAFF,
    prepare: listedContact,
    run: async (context, contactId) =>
      partnerContactMutations.removePartnerContact(context.actor!, await contactVenue(context, contactId), contactId),
    saved: async (context, contactId) => !(await context.db.partnerContact.findUnique({ where: { id: contactId } })),
  },
  // ── statements (admins only) ──
  {
    name: "statements/actions.saveStatementAction",
    allowed: ADMIN_ONLY,
    prepare: withoutStatementReview,
    run: (context) =>
      statementActions.saveStatementAction(
        "en",
        null,
        { status: "idle", values: {}, errors: {} },
        form(statementFields(`Said ${context.tag}`)),
      ),
    saved: (context) => statementSays(context.db, `Said ${context.tag}`),
  },
  {
    name: "statements/actions.saveStatementAction (edit)",
    allowed: ADMIN_ONLY,
    prepare: withoutStatementReview,
    run: (context) =>
      statementActions.saveStatementAction(
        "en",
        DEMO_STATEMENT,
        { status: "idle", values: {}, errors: {} },
        form(statementFields(`Restated ${context.tag}`)),
      ),
    saved: (context) => statementSays(context.db, `Restated ${context.tag}`),
  },
  {
    name: "statements/mutations.createStatement",
    allowed: ADMIN_ONLY,
    prepare: withoutStatementReview,
    callers: STAFF,
    run: (context) =>
      statementMutations.createStatement(
        context.actor!,
        statementInputSchema.parse(statementFields(`Said ${context.tag}`)),
      ),
    saved: (context) => statementSays(context.db, `Said ${context.tag}`),
  },
  {
    name: "statements/mutations.updateStatement",
    allowed: ADMIN_ONLY,
    prepare: withoutStatementReview,
    callers: STAFF,
    run: (context) =>
      statementMutations.updateStatement(
        context.actor!,
        DEMO_STATEMENT,
        statementEditSchema.parse(statementFields(`Restated ${context.tag}`)),
      ),
    saved: (context) => statementSays(context.db, `Restated ${context.tag}`),
  },
  // ── statement changes that need review: the setting (admins), proposals (staff, while it is on), reviews (another admin) ──
  {
    name: "statements/actions.saveStatementReviewSettingAction",
    allowed: ADMIN_ONLY,
    prepare: withoutStatementReview,
    run: () =>
      statementActions.saveStatementReviewSettingAction("en", idleForm, form({ statementChangesNeedReview: "on" })),
    saved: statementReviewIsOn,
  },
  {
    name: "statements/mutations.setStatementChangesNeedReview",
    allowed: ADMIN_ONLY,
    callers: STAFF,
    prepare: withoutStatementReview,
    run: (context) => statementMutations.setStatementChangesNeedReview(context.actor!, true),
    saved: statementReviewIsOn,
  },
  {
    name: "statements/actions.saveStatementAction (a proposal, while review is on)",
    allowed: STAFF,
    prepare: withStatementReview,
    run: (context) =>
      statementActions.saveStatementAction(
        "en",
        DEMO_STATEMENT,
        idleForm,
        form(statementFields(`Proposed ${context.tag}`)),
      ),
    saved: (context) => statementProposed(context.db, `Proposed ${context.tag}`),
  },
  {
    name: "statements/mutations.proposeStatementChange",
    allowed: STAFF,
    callers: STAFF,
    prepare: withStatementReview,
    run: (context) =>
      statementMutations.proposeStatementChange(
        context.actor!,
        DEMO_STATEMENT,
        statementEditSchema.parse(statementFields(`Proposed ${context.tag}`)),
      ),
    saved: (context) => statementProposed(context.db, `Proposed ${context.tag}`),
  },
  {
    name: "statements/actions.reviewStatementChangeAction",
    allowed: ADMIN_ONLY,
    prepare: proposalByAnother,
    run: (_context, changeId) =>
      statementActions.reviewStatementChangeAction("en", changeId, idleForm, form({ decision: "approve" })),
    saved: (context) => statementSays(context.db, `Approved ${context.tag}`),
  },
  {
    name: "statements/mutations.reviewStatementChange",
    allowed: ADMIN_ONLY,
    callers: STAFF,
    prepare: proposalByAnother,
    run: (context, changeId) =>
      statementMutations.reviewStatementChange(context.actor!, changeId, { decision: "approve", comment: "" }),
    saved: (context) => statementSays(context.db, `Approved ${context.tag}`),
  },
  // ── series ──
  {
    name: "series/actions.saveSeriesAction",
    allowed: STAFF,
    run: (context) =>
      seriesActions.saveSeriesAction(
        "en",
        null,
        { status: "idle", values: {}, errors: {} },
        form(seriesFields(`Series ${context.tag}`)),
      ),
    saved: (context) => seriesTitled(context.db, `Series ${context.tag}`),
  },
  {
    name: "series/actions.saveSeriesAction (edit)",
    allowed: STAFF,
    prepare: async (context) => {
      const series = await context.db.series.findUniqueOrThrow({
        where: { id: context.seriesId },
        include: { translations: true },
      });
      return JSON.stringify({
        startsOn: series.startsOn.toISOString().slice(0, 10),
        endsOn: series.endsOn.toISOString().slice(0, 10),
      });
    },
    run: (context, dates) =>
      seriesActions.saveSeriesAction(
        "en",
        context.seriesId,
        { status: "idle", values: {}, errors: {} },
        form({ ...seriesFields(`Renamed ${context.tag}`), ...JSON.parse(dates) }),
      ),
    saved: (context) => seriesTitled(context.db, `Renamed ${context.tag}`),
  },
  {
    name: "series/mutations.createSeries",
    allowed: STAFF,
    callers: STAFF,
    run: (context) =>
      seriesMutations.createSeries(context.actor!, seriesInputSchema.parse(seriesFields(`Series ${context.tag}`))),
    saved: (context) => seriesTitled(context.db, `Series ${context.tag}`),
  },
  {
    name: "series/mutations.updateSeries",
    allowed: STAFF,
    callers: STAFF,
    // A series without sessions, so any dates are acceptable.
    prepare: async (context) => {
      const series = await context.db.series.create({
        data: {
          slug: `empty-${context.tag}`,
          organizer: "DPD",
          startsOn: new Date("2028-01-01"),
          endsOn: new Date("2028-02-01"),
        },
      });
      return series.id;
    },
    run: (context, seriesId) =>
      seriesMutations.updateSeries(
        context.actor!,
        seriesId,
        seriesInputSchema.parse(seriesFields(`Renamed ${context.tag}`)),
      ),
    saved: (context) => seriesTitled(context.db, `Renamed ${context.tag}`),
  },
  // ── staff accounts (admins only) ──
  {
    name: "staff/actions.createStaffAction",
    allowed: ADMIN_ONLY,
    run: (context) =>
      staffActions.createStaffAction(
        "en",
        { status: "idle", values: {}, errors: {} },
        form({ name: "New", email: `new-${context.tag}@example.org`, role: "ADMIN", password: "a-fine-long-password" }),
      ),
    saved: (context) => userWithEmail(context.db, `new-${context.tag}@example.org`),
  },
  {
    name: "staff/actions.changeStaffRoleAction",
    allowed: ADMIN_ONLY,
    prepare: anotherEditor,
    run: (_context, userId) => staffActions.changeStaffRoleAction("en", form({ userId, role: "ADMIN" })),
    saved: async (context, userId) =>
      (await context.db.user.findUniqueOrThrow({ where: { id: userId } })).role === "ADMIN",
  },
  {
    name: "staff/actions.setStaffActiveAction",
    allowed: ADMIN_ONLY,
    prepare: anotherEditor,
    run: (_context, userId) => staffActions.setStaffActiveAction("en", form({ userId, active: "false" })),
    saved: async (context, userId) => !(await context.db.user.findUniqueOrThrow({ where: { id: userId } })).active,
  },
  {
    name: "staff/mutations.createStaffMember",
    allowed: ADMIN_ONLY,
    callers: STAFF,
    run: (context) =>
      staffMutations.createStaffMember(
        context.actor!,
        newStaffSchema.parse({
          name: "New",
          email: `new-${context.tag}@example.org`,
          role: "ADMIN",
          password: "a-fine-long-password",
        }),
      ),
    saved: (context) => userWithEmail(context.db, `new-${context.tag}@example.org`),
  },
  {
    name: "staff/mutations.changeStaffRole",
    allowed: ADMIN_ONLY,
    callers: STAFF,
    prepare: anotherEditor,
    run: (context, userId) => staffMutations.changeStaffRole(context.actor!, userId, "ADMIN"),
    saved: async (context, userId) =>
      (await context.db.user.findUniqueOrThrow({ where: { id: userId } })).role === "ADMIN",
  },
  {
    name: "staff/mutations.setStaffActive",
    allowed: ADMIN_ONLY,
    callers: STAFF,
    prepare: anotherEditor,
    run: (context, userId) => staffMutations.setStaffActive(context.actor!, userId, false),
    saved: async (context, userId) => !(await context.db.user.findUniqueOrThrow({ where: { id: userId } })).active,
  },
];

// Every module whose exports must each have a row.
const MODULES = {
  ...import.meta.glob("../../lib/*/actions.ts"),
  ...import.meta.glob("../../lib/*/mutations.ts"),
};

describe("the authorization table", () => {
  it("has a row for every exported server action and mutation", async () => {
    const exported: string[] = [];
    for (const [path, load] of Object.entries(MODULES)) {
      const [, domain, file] = /lib\/([^/]+)\/(actions|mutations)\.ts$/.exec(path)!;
      const exports = (await load()) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value === "function") exported.push(`${domain}/${file}.${name}`);
      }
    }
    const covered = new Set(ROWS.map((row) => row.name.replace(/ \(.*\)$/, "")));
    expect(exported.filter((name) => !covered.has(name)).sort()).toEqual([]);
  });
});

describe.each(DATABASE_KINDS)("authorization on %s", (kind) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let seriesId: string;
  let venueId: string;
  let counter = 0;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await applyMigrations(database.target);
    db = database.connect();
    await seedDemoData(db, "2027-01-10");
    pointAppAtDatabase(db);
    seriesId = (await db.series.findUniqueOrThrow({ where: { slug: DEMO_SERIES_SLUG } })).id;
    venueId = (await db.venue.findFirstOrThrow()).id;
  });

  afterAll(async () => {
    useRequestCookies("");
    releaseAppDatabase();
    await db.$disconnect();
    await database.drop();
  });

  for (const row of ROWS) {
    for (const caller of row.callers ?? CALLERS) {
      const allowed = row.allowed.includes(caller);
      it(`${row.name} as ${caller} is ${allowed ? "allowed" : "refused"}`, async () => {
        counter += 1;
        const tag = `${kind}-${caller}-${counter}`;
        let actor: StaffUser | null = null;
        let cookie = "";
        if (caller !== "anonymous") {
          ({ user: actor, cookie } = await signedInStaff(db, caller.toUpperCase() as StaffRole, `${tag}@example.org`));
        }
        const context: Context = { db, caller, actor, tag, seriesId, venueId };
        const target = (await row.prepare?.(context)) ?? "";
        const auditBefore = await db.auditEntry.count();
        useRequestCookies(cookie);

        const outcome = await settle(() => row.run(context, target));

        expect((row.refused ?? refusedByDefault)(outcome), JSON.stringify(outcome)).toBe(!allowed);
        expect(await row.saved(context, target)).toBe(allowed);
        if (!allowed) expect(await db.auditEntry.count()).toBe(auditBefore);
      });
    }
  }
});
