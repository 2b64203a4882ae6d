import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createStaffAccount } from "@/lib/auth/staff-accounts";
import { DEMO_ADMIN, ensureDemoAdmin } from "@/lib/auth/demo-admin";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { releaseAppDatabase, pointAppAtDatabase } from "@/tests/support/app-database";
import {
  SCRIPTED_POST,
  useRequestAddress,
  useRequestCookies,
  useRequestHeaders,
} from "@/tests/support/fake-next-headers";
import { enrolAuthenticator, passwordStep, sessionCookieFor, signInWithCode } from "@/tests/support/second-factor";
import { settle, signedInStaff, TEST_PASSWORD } from "@/tests/support/staff-sessions";
import { createMigratedTestDatabase } from "@/tests/support/migrated-database";
import { DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";
import { totpCode, wrongTotpCode } from "@/tests/support/totp";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

import { changePasswordAction, signInAction, verifySignInCodeAction } from "@/lib/auth/actions";
import { FREE_FAILURES } from "@/lib/auth/throttle";
import {
  confirmTotpAction,
  confirmWithCodeAction,
  confirmWithPasswordAction,
  disableTotpAction,
  newBackupCodesAction,
  passkeyRegistrationOptionsAction,
  registerPasskeyAction,
  removePasskeyAction,
  revokeOtherSessionsAction,
  saveEditorsSettingAction,
  startTotpAction,
} from "@/lib/second-factor/actions";
import { saveVenueAction } from "@/lib/venues/actions";
import { readSecondFactorStatus, secondFactorMissing, takeBackupCodesToShow } from "@/lib/second-factor/data";
import { resetSecondFactor, setEditorsNeedSecondFactor } from "@/lib/second-factor/mutations";

const idle = { status: "idle" as const, values: {}, errors: {} };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe.each(DATABASE_KINDS)("second factor on %s", (kind) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let counter = 0;
  const email = () => `sf-${kind}-${++counter}@example.org`;
  // Each entry as "entity:action:event code", with the person it names.
  const auditEvents = async () =>
    (await db.auditEntry.findMany({ orderBy: { createdAt: "asc" } })).map((entry) => ({
      line: `${entry.entityType}:${entry.action}:${entry.event}`,
      params: entry.params,
    }));
  const person = (user: { name: string; email: string }) => ({ person: { name: user.name, email: user.email } });

  beforeAll(async () => {
    database = await createMigratedTestDatabase(kind);
    db = database.connect();
    pointAppAtDatabase(db);
  });

  afterAll(async () => {
    useRequestCookies("");
    useRequestAddress("203.0.113.7");
    releaseAppDatabase();
    await db.$disconnect();
    await database.drop();
  });

  it("enrols the authenticator app from the account page's forms and lets the page show 10 backup codes once", async () => {
    const { user, cookie } = await signedInStaff(db, "EDITOR", email());
    useRequestCookies(cookie);
    const wrongPassword = await settle(() =>
      startTotpAction("en", idle, form({ password: "not-the-password-at-all" })),
    );
    expect(wrongPassword.value).toMatchObject({ status: "invalid", errors: { password: { key: "wrongPassword" } } });

    const started = await settle(() => startTotpAction("en", idle, form({ password: TEST_PASSWORD })));
    expect(started.redirect).toBe("/en/admin/account?step=scan");
    const status = await readSecondFactorStatus(user);
    expect(status.totp.state).toBe("pending");
    const key = status.totp.state === "pending" ? status.totp.key : "";
    expect(status.totp.state === "pending" && status.totp.qrSvg).toContain("<svg");

    const wrong = await settle(() => confirmTotpAction("en", idle, form({ code: wrongTotpCode(key) })));
    expect(wrong.value).toMatchObject({ status: "invalid", errors: { code: { key: "wrongCode" } } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(false);

    const confirmed = await settle(() => confirmTotpAction("en", idle, form({ code: totpCode(key) })));
    expect(confirmed.redirect).toBe("/en/admin/account?step=codes");
    const codes = await takeBackupCodesToShow(user.id);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    // Shown once: drawing the page again shows none.
    expect(await takeBackupCodesToShow(user.id)).toBeNull();
    const state = { backupCodes: codes! };
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(true);
    // Stored encrypted: neither the key nor a backup code is readable in the row.
    const row = await db.twoFactor.findFirstOrThrow({ where: { userId: user.id } });
    expect(`${row.secret}${row.backupCodes}`).not.toContain(state.backupCodes[0]);
    expect(await auditEvents()).toContainEqual({
      line: "secondFactor:CREATE:secondFactor.appOn",
      params: person(user),
    });
  });

  it("signs in with password then code; wrong codes count on the password throttle; a backup code works once", async () => {
    const address = `198.51.100.${counter + 10}`;
    useRequestAddress(address);
    const account = email();
    const { user, cookie } = await signedInStaff(db, "ADMIN", account);
    const { key, backupCodes } = await enrolAuthenticator(user.id, cookie);

    // The password form now leads to the code step instead of the staff area.
    useRequestCookies("");
    const password = await settle(() => signInAction("en", idle, form({ email: account, password: TEST_PASSWORD })));
    expect(password.redirect).toBe("/en/admin/login?step=code");

    useRequestCookies(await passwordStep(account));
    const sessionsBefore = await db.session.count({ where: { userId: user.id } });
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const wrong = await settle(() => verifySignInCodeAction("en", idle, form({ code: wrongTotpCode(key) })));
      expect(wrong.value).toMatchObject({ status: "refused", errors: { code: { key: "wrongCode" } } });
    }
    const counted = await db.credentialFailure.findUniqueOrThrow({ where: { address_account: { address, account } } });
    expect(counted.failures).toBe(2);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(sessionsBefore);

    const right = await settle(() => verifySignInCodeAction("en", idle, form({ code: totpCode(key) })));
    expect(right.redirect).toBe("/en/admin");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(sessionsBefore + 1);
    // A right code ends the pair's count, as a right password does.
    expect(await db.credentialFailure.findUnique({ where: { address_account: { address, account } } })).toBeNull();

    // A backup code, typed without its dash, signs in once; the same code again does not.
    const [backup] = backupCodes;
    useRequestCookies(await passwordStep(account));
    const first = await settle(() => verifySignInCodeAction("en", idle, form({ code: backup!.replace("-", "") })));
    expect(first.redirect).toBe("/en/admin");
    useRequestCookies(await passwordStep(account));
    const again = await settle(() => verifySignInCodeAction("en", idle, form({ code: backup! })));
    expect(again.value).toMatchObject({ status: "refused", errors: { code: { key: "wrongCode" } } });
    const signIns = (await auditEvents()).filter(
      (entry) =>
        entry.line === "secondFactor:UPDATE:secondFactor.backupCodeSignIn" &&
        JSON.stringify(entry.params).includes(user.email),
    );
    expect(signIns).toEqual([{ line: "secondFactor:UPDATE:secondFactor.backupCodeSignIn", params: person(user) }]);
  });

  it("takes a backup code typed in small letters with spaces, once; codes issued before in mixed case match in any case too", async () => {
    useRequestAddress(`198.51.100.${counter + 170}`);
    const account = email();
    const { user, cookie } = await signedInStaff(db, "EDITOR", account);
    const { backupCodes } = await enrolAuthenticator(user.id, cookie);
    for (const code of backupCodes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    const typed = backupCodes[0]!.toLowerCase().replace("-", " ").replace(/^(..)/, "$1 ");
    useRequestCookies(await passwordStep(account));
    expect((await settle(() => verifySignInCodeAction("en", idle, form({ code: typed })))).redirect).toBe("/en/admin");
    useRequestCookies(await passwordStep(account));
    const again = await settle(() => verifySignInCodeAction("en", idle, form({ code: backupCodes[0]! })));
    expect(again.value).toMatchObject({ status: "refused", errors: { code: { key: "wrongCode" } } });

    // Codes from better-auth's own generator (mixed case), stored before this change.
    const { getAuth } = await import("@/lib/auth/auth");
    const { symmetricEncrypt } = await import("better-auth/crypto");
    const legacy = ["h3kdR-rxGdG", "sAnTl-wdKTS"];
    const stored = await symmetricEncrypt({
      key: (await getAuth().$context).secretConfig,
      data: JSON.stringify(legacy),
    });
    await db.twoFactor.updateMany({ where: { userId: user.id }, data: { backupCodes: stored } });
    useRequestCookies(await passwordStep(account));
    expect((await settle(() => verifySignInCodeAction("en", idle, form({ code: "H3KDR-RXGDG" })))).redirect).toBe(
      "/en/admin",
    );
    expect((await getAuth().api.viewBackupCodes({ body: { userId: user.id } })).backupCodes).toEqual(["sAnTl-wdKTS"]);
  });

  it("accepts a code from the app once: the same code again, while it is still valid, is refused as already used", async () => {
    useRequestAddress(`198.51.100.${counter + 150}`);
    const account = email();
    const { user, cookie } = await signedInStaff(db, "EDITOR", account);
    const { key } = await enrolAuthenticator(user.id, cookie);
    const code = totpCode(key);
    useRequestCookies(await passwordStep(account));
    expect((await settle(() => verifySignInCodeAction("en", idle, form({ code })))).redirect).toBe("/en/admin");
    const sessions = await db.session.count({ where: { userId: user.id } });
    // Someone who saw the code typed, with the password, a few seconds later.
    useRequestCookies(await passwordStep(account));
    const replayed = await settle(() => verifySignInCodeAction("en", idle, form({ code })));
    expect(replayed.value).toMatchObject({ status: "refused", errors: { code: { key: "codeAlreadyUsed" } } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(sessions);
    // A wrong code typed twice is wrong both times: "already used" tells only of a right one.
    const wrong = wrongTotpCode(key);
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const refused = await settle(() => verifySignInCodeAction("en", idle, form({ code: wrong })));
      expect(refused.value).toMatchObject({ status: "refused", errors: { code: { key: "wrongCode" } } });
    }
  });

  it("throttles wrong codes like wrong passwords, and ends the code step when its cookie is gone", async () => {
    const address = `198.51.100.${counter + 100}`;
    useRequestAddress(address);
    const account = email();
    const { user, cookie } = await signedInStaff(db, "EDITOR", account);
    const { key } = await enrolAuthenticator(user.id, cookie);
    // Wrong passwords first, then wrong codes: one count.
    useRequestCookies("");
    for (let attempt = 1; attempt < FREE_FAILURES.accountAtAddress; attempt += 1) {
      await settle(() => signInAction("en", idle, form({ email: account, password: "a-wrong-password-here" })));
    }
    useRequestCookies(await passwordStep(account));
    await settle(() => verifySignInCodeAction("en", idle, form({ code: wrongTotpCode(key) })));
    const throttled = await settle(() => verifySignInCodeAction("en", idle, form({ code: totpCode(key) })));
    expect(throttled.value).toMatchObject({ status: "refused", errors: { code: { key: "signInThrottled" } } });

    useRequestCookies("");
    const noChallenge = await settle(() => verifySignInCodeAction("en", idle, form({ code: totpCode(key) })));
    expect(noChallenge.redirect).toBe("/en/admin/login?expired=1");
  });

  it("asks admins (not the demo admin) and, when set, editors for a second factor", async () => {
    const admin = await createStaffAccount(db, {
      email: email(),
      name: "Admin",
      password: TEST_PASSWORD,
      role: "ADMIN",
    });
    const editor = await createStaffAccount(db, {
      email: email(),
      name: "Editor",
      password: TEST_PASSWORD,
      role: "EDITOR",
    });
    await ensureDemoAdmin(db);
    const demo = await db.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN.email } });
    expect(await secondFactorMissing(admin.id)).toBe(true);
    expect(await secondFactorMissing(demo.id)).toBe(false);
    expect(await secondFactorMissing(editor.id)).toBe(false);
    await setEditorsNeedSecondFactor({ ...admin, role: "ADMIN" }, true);
    expect(await secondFactorMissing(editor.id)).toBe(true);
    await setEditorsNeedSecondFactor({ ...admin, role: "ADMIN" }, false);
    // A passkey is a second factor too.
    await db.passkey.create({
      data: {
        id: `pk-${counter}`,
        userId: admin.id,
        publicKey: "x",
        credentialID: `cred-${counter}`,
        counter: 0,
        deviceType: "singleDevice",
        backedUp: false,
      },
    });
    expect(await secondFactorMissing(admin.id)).toBe(false);
  });

  it("refuses every action but setting one up to an admin without a second factor, keeping what was typed", async () => {
    const { cookie } = await signedInStaff(db, "ADMIN", email(), { secondFactor: false });
    useRequestCookies(cookie);
    const name = `No second factor ${kind}`;
    const venue = {
      name,
      kind: "SCHOOL",
      street: "1 Test Road",
      city: "Dallas",
      region: "TX",
      postalCode: "75201",
      neighborhood: "Downtown",
      policeDivision: "Central",
    };
    // Posted by the page's JavaScript: the form stays, with what was typed.
    useRequestHeaders(SCRIPTED_POST);
    const refused = await settle(() => saveVenueAction("es", null, idle, form(venue)));
    expect(refused.value).toMatchObject({
      status: "refused",
      values: { name },
      errors: { form: { key: "secondFactorRequired" } },
    });
    const setting = await settle(() =>
      saveEditorsSettingAction("en", idle, form({ requireSecondFactorForEditors: "on" })),
    );
    expect(setting.value).toMatchObject({ status: "refused", errors: { form: { key: "secondFactorRequired" } } });
    // Without JavaScript: to the account page, where it is set up (a 303, not the page's own 307).
    useRequestHeaders({});
    expect((await settle(() => saveVenueAction("es", null, idle, form(venue)))).redirect).toBe(
      "/es/admin/account?setup=required",
    );
    expect(await db.venue.count({ where: { name } })).toBe(0);
    expect((await db.staffSettings.findUnique({ where: { id: 1 } }))?.requireSecondFactorForEditors ?? false).toBe(
      false,
    );
    // Setting one up stays open: that is the way out.
    const started = await settle(() => startTotpAction("en", idle, form({ password: TEST_PASSWORD })));
    expect(started.redirect).toBe("/en/admin/account?step=scan");
  });

  it("lets an admin reset another's second factor (signing them out), never their own", async () => {
    const { user: admin } = await signedInStaff(db, "ADMIN", email());
    const { user: editor, cookie } = await signedInStaff(db, "EDITOR", email());
    await enrolAuthenticator(editor.id, cookie);
    expect(await resetSecondFactor(admin, admin.id)).toEqual({ ok: false, reason: "self" });
    expect(await resetSecondFactor(editor, admin.id)).toEqual({ ok: false, reason: "forbidden" });
    expect(await resetSecondFactor(admin, editor.id)).toEqual({ ok: true });
    expect(await db.twoFactor.count({ where: { userId: editor.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: editor.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).twoFactorEnabled).toBe(false);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { entityType: "secondFactor", action: "DELETE", entityId: editor.id },
    });
    expect(entry.actorEmail).toBe(admin.email);
    // Signing in again takes the password alone: no code step.
    useRequestCookies("");
    const again = await settle(() => signInAction("en", idle, form({ email: editor.email, password: TEST_PASSWORD })));
    expect(again.redirect).toBe("/en/admin");
  });

  it("turns the app off in a fresh session, and signs out every other session", async () => {
    const account = email();
    const { user, cookie } = await signedInStaff(db, "EDITOR", account);
    const { key } = await enrolAuthenticator(user.id, cookie);
    const fresh = await signInWithCode(account, key);
    useRequestCookies(fresh);
    const off = await settle(() => disableTotpAction("en"));
    expect(off.redirect).toBe("/en/admin/account?notice=totpOff");
    expect(await db.twoFactor.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(false);
    expect(await auditEvents()).toContainEqual({
      line: "secondFactor:DELETE:secondFactor.appOff",
      params: person(user),
    });

    const current = await db.session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
    await signedInStaffCookie(account);
    await signedInStaffCookie(account);
    expect(await db.session.count({ where: { userId: user.id } })).toBeGreaterThan(2);
    useRequestCookies(await cookieForSession(current.token));
    const ended = await settle(() => revokeOtherSessionsAction("en"));
    expect(ended.redirect).toBe("/en/admin/account?notice=othersEnded");
    expect((await db.session.findMany({ where: { userId: user.id } })).map((session) => session.id)).toEqual([
      current.id,
    ]);
  });

  describe("a session that has not proved the password or a second factor in the last few minutes", () => {
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    /** Ages every session of the account: signed in, and last proved (if ever), ten minutes ago. */
    const ageSessions = (userId: string) =>
      db.session.updateMany({ where: { userId }, data: { createdAt: minutesAgo(10), provedAt: null } });
    const backupCodesOf = async (userId: string) =>
      (await db.twoFactor.findFirstOrThrow({ where: { userId } })).backupCodes;

    it("cannot add or remove a passkey, turn the app off or make new backup codes, even by calling the actions directly", async () => {
      const account = email();
      const { user, cookie } = await signedInStaff(db, "EDITOR", account);
      // The app is set up through a session of its own, so `cookie` stays this session's.
      await enrolAuthenticator(user.id, await sessionCookieFor(account));
      await ageSessions(user.id);
      useRequestCookies(cookie);
      const codesBefore = await backupCodesOf(user.id);
      const challengesBefore = await db.verification.count();

      expect(await passkeyRegistrationOptionsAction()).toEqual({ ok: false, reason: "proofRequired" });
      expect(await db.verification.count()).toBe(challengesBefore);
      expect(
        await registerPasskeyAction("Stolen laptop", { id: "Zm9v", rawId: "Zm9v", type: "public-key", response: {} }),
      ).toEqual({ ok: false, reason: "proofRequired" });
      expect((await settle(() => disableTotpAction("en"))).redirect).toBe("/en/admin/account?error=proofRequired");
      expect((await settle(() => newBackupCodesAction("en"))).redirect).toBe("/en/admin/account?error=proofRequired");
      const passkey = await db.passkey.findFirstOrThrow({ where: { userId: user.id } });
      expect((await settle(() => removePasskeyAction("en", form({ passkeyId: passkey.id })))).redirect).toBe(
        "/en/admin/account?error=proofRequired",
      );

      expect(await db.twoFactor.count({ where: { userId: user.id } })).toBe(1);
      expect(await backupCodesOf(user.id)).toBe(codesBefore);
      expect(await db.passkey.count({ where: { userId: user.id } })).toBe(1);
      expect(await takeBackupCodesToShow(user.id)).toBeNull();
    });

    it("may again once the password is typed (wrong ones count on the sign-in throttle), for a few minutes", async () => {
      const address = `198.51.100.${counter + 200}`;
      useRequestAddress(address);
      const account = email();
      const { user, cookie } = await signedInStaff(db, "EDITOR", account);
      const { backupCodes } = await enrolAuthenticator(user.id, await sessionCookieFor(account));
      await ageSessions(user.id);
      useRequestCookies(cookie);

      const wrong = await settle(() =>
        confirmWithPasswordAction("en", idle, form({ password: "not-the-password-at-all" })),
      );
      expect(wrong.value).toMatchObject({ status: "invalid", errors: { password: { key: "wrongPassword" } } });
      expect(
        (await db.credentialFailure.findUniqueOrThrow({ where: { address_account: { address, account } } })).failures,
      ).toBe(1);
      expect((await settle(() => newBackupCodesAction("en"))).redirect).toBe("/en/admin/account?error=proofRequired");

      const right = await settle(() => confirmWithPasswordAction("en", idle, form({ password: TEST_PASSWORD })));
      expect(right.redirect).toBe("/en/admin/account?notice=confirmed");
      expect((await passkeyRegistrationOptionsAction()) as { options?: { challenge?: string } }).toMatchObject({
        ok: true,
        options: { challenge: expect.any(String) },
      });

      // New backup codes: shown once, and the old ones stop working.
      expect((await settle(() => newBackupCodesAction("en"))).redirect).toBe("/en/admin/account?step=newCodes");
      const fresh = await takeBackupCodesToShow(user.id);
      expect(fresh).toHaveLength(10);
      expect(fresh!.filter((code) => backupCodes.includes(code))).toEqual([]);
      expect(await auditEvents()).toContainEqual({
        line: "secondFactor:UPDATE:secondFactor.backupCodesReplaced",
        params: person(user),
      });
      useRequestCookies(await passwordStep(account));
      const old = await settle(() => verifySignInCodeAction("en", idle, form({ code: backupCodes[0]! })));
      expect(old.value).toMatchObject({ status: "refused", errors: { code: { key: "wrongCode" } } });

      // The proof lasts a few minutes only.
      useRequestCookies(cookie);
      await db.session.updateMany({ where: { userId: user.id }, data: { provedAt: minutesAgo(10) } });
      expect((await settle(() => disableTotpAction("en"))).redirect).toBe("/en/admin/account?error=proofRequired");
    });

    it("may again once a code from the app or a backup code is typed, which then works nowhere else", async () => {
      useRequestAddress(`198.51.100.${counter + 200}`);
      const account = email();
      const { user, cookie } = await signedInStaff(db, "EDITOR", account);
      const { key, backupCodes } = await enrolAuthenticator(user.id, await sessionCookieFor(account));
      await ageSessions(user.id);
      useRequestCookies(cookie);

      const wrong = await settle(() => confirmWithCodeAction("en", idle, form({ code: wrongTotpCode(key) })));
      expect(wrong.value).toMatchObject({ status: "invalid", errors: { code: { key: "wrongCode" } } });
      const code = totpCode(key);
      expect((await settle(() => confirmWithCodeAction("en", idle, form({ code })))).redirect).toBe(
        "/en/admin/account?notice=confirmed",
      );
      // The same code cannot confirm again, nor sign someone in elsewhere.
      await ageSessions(user.id);
      const again = await settle(() => confirmWithCodeAction("en", idle, form({ code })));
      expect(again.value).toMatchObject({ status: "invalid", errors: { code: { key: "codeAlreadyUsed" } } });
      useRequestCookies(await passwordStep(account));
      const elsewhere = await settle(() => verifySignInCodeAction("en", idle, form({ code })));
      expect(elsewhere.value).toMatchObject({ status: "refused", errors: { code: { key: "codeAlreadyUsed" } } });

      useRequestCookies(cookie);
      await ageSessions(user.id);
      expect((await settle(() => confirmWithCodeAction("en", idle, form({ code: backupCodes[1]! })))).redirect).toBe(
        "/en/admin/account?notice=confirmed",
      );
      expect(await auditEvents()).toContainEqual({
        line: "secondFactor:UPDATE:secondFactor.backupCodeConfirm",
        params: person(user),
      });
      expect((await settle(() => disableTotpAction("en"))).redirect).toBe("/en/admin/account?notice=totpOff");
      expect(await db.twoFactor.count({ where: { userId: user.id } })).toBe(0);
    });

    it("cannot confirm with a code when the app is not on, and changes the password only with the current one", async () => {
      useRequestAddress(`198.51.100.${counter + 200}`);
      const { user, cookie } = await signedInStaff(db, "EDITOR", email());
      await ageSessions(user.id);
      useRequestCookies(cookie);
      const noApp = await settle(() => confirmWithCodeAction("en", idle, form({ code: "123456" })));
      expect(noApp.value).toMatchObject({ status: "invalid", errors: { code: { key: "wrongCode" } } });
      expect(await db.session.count({ where: { userId: user.id, provedAt: { not: null } } })).toBe(0);

      const hashBefore = (await db.account.findFirstOrThrow({ where: { userId: user.id } })).password;
      const newPassword = "a-brand-new-passphrase-2027";
      const wrongCurrent = await settle(() =>
        changePasswordAction(
          "en",
          idle,
          form({ currentPassword: "not-the-password-at-all", newPassword, confirmPassword: newPassword }),
        ),
      );
      expect(wrongCurrent.value).toMatchObject({
        status: "invalid",
        errors: { currentPassword: { key: "wrongPassword" } },
      });
      expect((await db.account.findFirstOrThrow({ where: { userId: user.id } })).password).toBe(hashBefore);
      const changed = await settle(() =>
        changePasswordAction(
          "en",
          idle,
          form({ currentPassword: TEST_PASSWORD, newPassword, confirmPassword: newPassword }),
        ),
      );
      expect(changed.value).toMatchObject({ status: "done" });
    });
  });
});

async function signedInStaffCookie(email: string): Promise<string> {
  const { getAuth } = await import("@/lib/auth/auth");
  const response = await getAuth().api.signInEmail({
    body: { email, password: TEST_PASSWORD, rememberMe: false },
    asResponse: true,
  });
  return response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

async function cookieForSession(token: string): Promise<string> {
  const { getAuth } = await import("@/lib/auth/auth");
  const context = await getAuth().$context;
  const { makeSignature } = await import("better-auth/crypto");
  const name = context.authCookies.sessionToken.name;
  return `${name}=${encodeURIComponent(`${token}.${await makeSignature(token, context.secret)}`)}`;
}
