import { afterEach, describe, expect, it, vi } from "vitest";
import { dateKeyToDbDate } from "@/lib/time/central-time";
import { meetingFormData, meetingFormValues, meetingInput } from "@/tests/support/meeting-factory";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import {
  SCRIPTED_POST,
  useRequestAddress as setRequestAddress,
  useRequestCookies as setRequestCookies,
  useRequestHeaders as setRequestHeaders,
} from "@/tests/support/fake-next-headers";
import { enrolAuthenticator, passwordStep, sessionCookieFor } from "@/tests/support/second-factor";
import { settle, signedInStaff, TEST_PASSWORD } from "@/tests/support/staff-sessions";
import { DATABASE_KINDS } from "@/tests/support/test-database";
import { totpCode } from "@/tests/support/totp";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

import { signInAction, verifySignInCodeAction } from "@/lib/auth/actions";
import { revokeOtherSessionsAction, revokeSessionAction } from "@/lib/second-factor/actions";
import { saveVenueAction } from "@/lib/venues/actions";
import { updateMeetingAction } from "@/lib/meetings/actions";
import { createMeeting } from "@/lib/meetings/mutations";
import { resetSecondFactor } from "@/lib/second-factor/mutations";

const idle = { status: "idle" as const, values: {}, errors: {} };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const venue = (name: string) => ({
  name,
  kind: "SCHOOL",
  street: "1 Test Road",
  city: "Dallas",
  region: "TX",
  postalCode: "75201",
  neighborhood: "Downtown",
  policeDivision: "Central",
});
const FORM_PAGE = "http://127.0.0.1:3100/es/admin/venues/new";
const SIGN_IN_AGAIN = "/es/admin/login?sessionEnded=1&next=%2Fes%2Fadmin%2Fvenues%2Fnew";

describe.each(DATABASE_KINDS)("a staff form posted after its session ended, on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { inApp: true });
  let counter = 0;
  const email = () => `signed-out-${kind}-${++counter}@example.org`;

  afterEach(() => {
    setRequestCookies("");
    setRequestHeaders({});
  });

  /** An editor on another device signed out everywhere else: this device's cookie names a session that is gone. */
  async function signedOutElsewhere(): Promise<string> {
    const { user, cookie } = await signedInStaff(database.db, "EDITOR", email());
    const other = await sessionCookieFor(user.email);
    setRequestCookies(other);
    await settle(() => revokeOtherSessionsAction("es"));
    expect(await database.db.session.count({ where: { userId: user.id } })).toBe(1);
    return cookie;
  }

  it("without JavaScript, goes to the sign-in page with the reason (303) and back to the form page after signing in, saving nothing", async () => {
    setRequestCookies(await signedOutElsewhere());
    setRequestHeaders({ referer: FORM_PAGE });
    const name = `Signed out ${kind} ${counter}`;
    const posted = await settle(() => saveVenueAction("es", null, idle, form(venue(name))));
    expect(posted.redirect).toBe(SIGN_IN_AGAIN);
    expect(await database.db.venue.count({ where: { name } })).toBe(0);

    // No cookie at all (an expired one the browser dropped) is the same.
    setRequestCookies("");
    expect((await settle(() => saveVenueAction("es", null, idle, form(venue(name))))).redirect).toBe(SIGN_IN_AGAIN);
    // The plain-form buttons too.
    expect((await settle(() => revokeSessionAction("es", form({ sessionId: "x" })))).redirect).toBe(SIGN_IN_AGAIN);
    expect(await database.db.venue.count({ where: { name } })).toBe(0);
  });

  it("with JavaScript, keeps the form on the page with everything typed and says why, saving nothing", async () => {
    setRequestCookies(await signedOutElsewhere());
    setRequestHeaders({ ...SCRIPTED_POST, referer: FORM_PAGE });
    const name = `Kept ${kind} ${counter}`;
    const posted = await settle(() => saveVenueAction("es", null, idle, form(venue(name))));
    expect(posted.redirect).toBeNull();
    expect(posted.value).toMatchObject({
      status: "refused",
      values: { name, street: "1 Test Road" },
      errors: { form: { key: "unauthenticated" } },
    });
    expect(await database.db.venue.count({ where: { name } })).toBe(0);
  });

  it("the meeting edit form, posted after an admin reset the editor's second factor (which signs them out): kept as typed with JavaScript, the sign-in page without; nothing saved", async () => {
    const admin = await signedInStaff(database.db, "ADMIN", email());
    const editor = await signedInStaff(database.db, "EDITOR", email());
    const series = await database.db.series.create({
      data: {
        slug: `signed-out-${kind}-${counter}`,
        organizer: "Dallas Police Department",
        startsOn: dateKeyToDbDate("2027-01-01"),
        endsOn: dateKeyToDbDate("2099-12-31"),
        translations: {
          create: [
            { locale: "en", title: "Series", description: "" },
            { locale: "es", title: "Serie", description: "" },
          ],
        },
      },
    });
    const place = await database.db.venue.create({
      data: {
        slug: `signed-out-${kind}-${counter}`,
        kind: "CHURCH",
        name: "Iglesia",
        street: "1 Test Road",
        city: "Dallas",
        postalCode: "75201",
      },
    });
    const values = meetingFormValues(series.id, place.id, { date: "2098-06-01" });
    const created = await createMeeting(admin.user, meetingInput(values), new Date(), "published");
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await resetSecondFactor(admin.user, editor.user.id)).toEqual({ ok: true });

    setRequestCookies(editor.cookie);
    const editPage = `http://127.0.0.1:3100/es/admin/meetings/${created.id}`;
    const typed = { ...values, titleEs: "Título que no se pierde", hostName: "Sgto. Nuevo", version: "1" };
    setRequestHeaders({ ...SCRIPTED_POST, referer: editPage });
    const kept = await settle(() => updateMeetingAction("es", created.id, idle, meetingFormData(typed)));
    expect(kept.redirect).toBeNull();
    expect(kept.value).toMatchObject({
      status: "refused",
      values: { titleEs: "Título que no se pierde", hostName: "Sgto. Nuevo", descriptionEs: values.descriptionEs },
      errors: { form: { key: "unauthenticated" } },
    });

    setRequestHeaders({ referer: editPage });
    const plain = await settle(() => updateMeetingAction("es", created.id, idle, meetingFormData(typed)));
    expect(plain.redirect).toBe(`/es/admin/login?sessionEnded=1&next=%2Fes%2Fadmin%2Fmeetings%2F${created.id}`);
    expect(
      await database.db.meeting.findUniqueOrThrow({ where: { id: created.id }, include: { translations: true } }),
    ).toMatchObject({
      version: 1,
      hostName: values.hostName,
      translations: expect.arrayContaining([expect.objectContaining({ locale: "es", title: values.titleEs })]),
    });
  });

  it("signing in again (password, then code) returns to the page the form was on; never to another site or page", async () => {
    setRequestAddress(`198.51.100.${counter + 120}`);
    const { user, cookie } = await signedInStaff(database.db, "EDITOR", email());
    const { key } = await enrolAuthenticator(user.id, cookie);
    setRequestCookies("");
    const password = await settle(() =>
      signInAction("es", idle, form({ email: user.email, password: TEST_PASSWORD, next: "/es/admin/venues/new" })),
    );
    expect(password.redirect).toBe("/es/admin/login?step=code&next=%2Fes%2Fadmin%2Fvenues%2Fnew");
    setRequestCookies(await passwordStep(user.email));
    const code = await settle(() =>
      verifySignInCodeAction("es", idle, form({ code: totpCode(key), next: "/es/admin/venues/new" })),
    );
    expect(code.redirect).toBe("/es/admin/venues/new");

    const editor = await signedInStaff(database.db, "EDITOR", email(), { secondFactor: false });
    for (const next of ["https://evil.example/", "/es/admin/login", "/en/admin/staff", "/es/reuniones/x"]) {
      setRequestCookies("");
      const signedIn = await settle(() =>
        signInAction("es", idle, form({ email: editor.user.email, password: TEST_PASSWORD, next })),
      );
      expect(signedIn.redirect, next).toBe("/es/admin");
    }
  });
});
