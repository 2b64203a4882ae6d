import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  RESET_ANSWER_MS,
  requestPasswordReset,
  resetLinkIsLive,
  resetPasswordWithLink,
} from "@/lib/auth/password-reset";
import { signInStaff } from "@/lib/auth/sign-in";
import { FREE_FAILURES } from "@/lib/auth/throttle";
import { parseMailAddress } from "@/lib/env";
import { sendDueEmails } from "@/lib/email/sender";
import { smtpMailServer } from "@/lib/email/smtp";
import { PEER_ADDRESS_HEADER } from "@/lib/server-process/internal-headers.mjs";
import { renderInThisProcess } from "@/tests/support/email";
import { useRequestAddress, useRequestCookies } from "@/tests/support/fake-next-headers";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { enrolAuthenticator } from "@/tests/support/second-factor";
import { SmtpSink } from "@/tests/support/smtp-sink";
import { settle, signedInStaff, TEST_PASSWORD, testStaffAccount } from "@/tests/support/staff-sessions";
import { DATABASE_KINDS } from "@/tests/support/test-database";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

import { requestPasswordResetAction, resetPasswordAction } from "@/lib/auth/actions";

const NEW_PASSWORD = "a-fresh-river-of-lanterns";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const idle = { status: "idle", values: {}, errors: {} } as const;

/** Signs in as better-auth would from the sign-in form, from a fresh address. */
let addressCounter = 0;
function signIn(email: string, password: string) {
  const address = `198.51.100.${++addressCounter}`;
  return signInStaff(email, password, address, new Headers({ [PEER_ADDRESS_HEADER]: address }));
}

describe.each(DATABASE_KINDS)("password reset by email on %s", (kind) => {
  const fixture = migratedDatabaseFor(kind, { inApp: true });
  const sink = new SmtpSink();
  /** The sender's turn through a real SMTP server (the app itself keeps messages in local mode). */
  const sendEmail = () =>
    sendDueEmails({
      db: fixture.db,
      delivery: { mode: "smtp", url: sink.url, from: parseMailAddress("encuentros@example.org")! },
      server: smtpMailServer(sink.url),
      renderer: renderInThisProcess,
    });
  /** The reset link of the last message the SMTP server took. */
  const lastLink = () =>
    /https?:\/\/\S+\/admin\/reset-password\?token=[\w-]+/.exec(sink.received.at(-1)?.mail.text ?? "")?.[0] ?? null;
  const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

  beforeAll(() => sink.start());
  afterAll(() => sink.stop());
  afterEach(async () => {
    sink.received.length = 0;
    await fixture.db.outboxEmail.deleteMany();
    await fixture.db.credentialFailure.deleteMany();
  });

  it("sends one email, in the language of the page, with a link that works once; every session ends; the second factor is still asked for", async () => {
    const { user, cookie } = await signedInStaff(fixture.db, "ADMIN", `reset-${kind}@example.org`, {
      secondFactor: false,
    });
    const { key } = await enrolAuthenticator(user.id, cookie);
    expect(key).toBeTruthy();
    expect(await fixture.db.session.count({ where: { userId: user.id } })).toBeGreaterThan(0);

    useRequestAddress("203.0.113.20");
    const requested = await settle(() =>
      requestPasswordResetAction("es", idle, form({ email: `  RESET-${kind}@Example.org ` })),
    );
    expect(requested.redirect).toBe("/es/admin/forgot-password?sent=1");
    expect(await sendEmail()).toMatchObject({ sent: 1 });
    expect(await sendEmail()).toMatchObject({ sent: 0 });

    expect(sink.received).toHaveLength(1);
    const { rcptTo, mail } = sink.received[0]!;
    expect(rcptTo).toEqual([`reset-${kind}@example.org`]);
    expect(mail.subject).toBe("Elija una contraseña nueva para Encuentros");
    expect(mail.html).toMatch(/<html lang="es"/);
    const link = lastLink()!;
    expect(new URL(link).pathname).toBe("/es/admin/reset-password");
    // The link is stored only as its hash; its message keeps no copy once sent.
    const token = tokenOf(link);
    expect(await fixture.db.verification.count({ where: { identifier: { contains: token } } })).toBe(0);
    expect(JSON.stringify(await fixture.db.outboxEmail.findMany())).not.toContain(token);
    expect(await resetLinkIsLive(token)).toBe(true);

    // A password the policy refuses saves nothing and spends nothing.
    const weak = await settle(() =>
      resetPasswordAction("es", idle, form({ token, newPassword: "password1234", confirmPassword: "password1234" })),
    );
    expect(weak.value).toMatchObject({ status: "invalid", errors: { newPassword: { key: "passwordTooCommon" } } });
    expect(await resetLinkIsLive(token)).toBe(true);

    const reset = await settle(() =>
      resetPasswordAction("es", idle, form({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })),
    );
    expect(reset.redirect).toBe("/es/admin/login?passwordReset=1");
    expect(await fixture.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await resetLinkIsLive(token)).toBe(false);
    const again = await settle(() =>
      resetPasswordAction(
        "es",
        idle,
        form({ token, newPassword: "another-fresh-lantern-river", confirmPassword: "another-fresh-lantern-river" }),
      ),
    );
    expect(again.redirect).toBe("/es/admin/forgot-password?expired=1");

    expect(await signIn(user.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(user.email, NEW_PASSWORD)).toEqual({ ok: true, needsCode: true });
    expect(await fixture.db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("answers an unknown or deactivated address exactly as a known one, in the same time, and sends it nothing", async () => {
    const known = await testStaffAccount(fixture.db, {
      email: `known-${kind}@example.org`,
      name: "Known",
      role: "EDITOR",
    });
    const gone = await testStaffAccount(fixture.db, {
      email: `gone-${kind}@example.org`,
      name: "Gone",
      role: "EDITOR",
    });
    await fixture.db.user.update({ where: { id: gone.id }, data: { active: false } });
    const timings: Record<string, number[]> = { known: [], unknown: [], deactivated: [] };
    const emails = { known: known.email, unknown: `nobody-${kind}@example.org`, deactivated: gone.email };
    for (let round = 0; round < 3; round++) {
      for (const [name, email] of Object.entries(emails)) {
        const started = performance.now();
        expect(
          await requestPasswordReset(email, "en", `192.0.2.${round * 3 + Object.keys(emails).indexOf(name) + 1}`),
        ).toEqual({ ok: true });
        timings[name]!.push(performance.now() - started);
      }
    }
    for (const values of Object.values(timings))
      expect(Math.min(...values)).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 1);
    expect(Math.abs(median(timings.known!) - median(timings.unknown!))).toBeLessThan(40);
    expect(Math.abs(median(timings.known!) - median(timings.deactivated!))).toBeLessThan(40);

    await sendEmail();
    expect(sink.received.map((email) => email.rcptTo)).toEqual([[known.email], [known.email], [known.email]]);
    // Through the form: the same page for the unknown address.
    useRequestAddress("203.0.113.21");
    expect((await settle(() => requestPasswordResetAction("en", idle, form({ email: emails.unknown })))).redirect).toBe(
      "/en/admin/forgot-password?sent=1",
    );
    expect(await fixture.db.outboxEmail.count({ where: { toAddress: { not: known.email } } })).toBe(0);
  });

  it("counts every request on the sign-in throttle, unknown addresses included", async () => {
    useRequestAddress("203.0.113.30");
    for (let i = 0; i < FREE_FAILURES.accountAtAddress; i++) {
      expect(
        (await settle(() => requestPasswordResetAction("en", idle, form({ email: `probe-${kind}@example.org` }))))
          .redirect,
      ).toBe("/en/admin/forgot-password?sent=1");
    }
    const throttled = await settle(() =>
      requestPasswordResetAction("en", idle, form({ email: `probe-${kind}@example.org` })),
    );
    expect(throttled.value).toMatchObject({
      status: "refused",
      errors: { form: { key: "signInThrottled", values: { unit: "minute", count: 1 } } },
    });
  });

  it("ends the account's other reset links and a sign-in waiting for its code", async () => {
    const { user, cookie } = await signedInStaff(fixture.db, "EDITOR", `links-${kind}@example.org`, {
      secondFactor: false,
    });
    await enrolAuthenticator(user.id, cookie);
    await requestPasswordReset(user.email, "en", "192.0.2.50");
    await requestPasswordReset(user.email, "en", "192.0.2.51");
    await sendEmail();
    const [first, second] = sink.received.map((email) =>
      tokenOf(/https?:\/\/\S+token=[\w-]+/.exec(email.mail.text ?? "")![0]),
    );
    // A sign-in with the old password, waiting at its code step.
    expect(await signIn(user.email, TEST_PASSWORD)).toEqual({ ok: true, needsCode: true });
    const pendingCodeSteps = () =>
      fixture.db.verification.count({ where: { value: user.id, identifier: { startsWith: "2fa-" } } });
    expect(await pendingCodeSteps()).toBe(1);

    expect(await resetPasswordWithLink(second!, NEW_PASSWORD, "192.0.2.52")).toEqual({ ok: true });
    expect(await resetLinkIsLive(first!)).toBe(false);
    expect(await resetPasswordWithLink(first!, "yet-another-lantern-river", "192.0.2.52")).toEqual({
      ok: false,
      reason: "invalidLink",
    });
    expect(await pendingCodeSteps()).toBe(0);
  });

  it("refuses a link after its 30 minutes", async () => {
    const user = await testStaffAccount(fixture.db, {
      email: `late-${kind}@example.org`,
      name: "Late",
      role: "EDITOR",
    });
    await requestPasswordReset(user.email, "en", "192.0.2.60");
    await sendEmail();
    const token = tokenOf(lastLink()!);
    const row = await fixture.db.verification.findFirstOrThrow({ where: { value: user.id } });
    expect(Math.abs(row.expiresAt.getTime() - row.createdAt.getTime() - 30 * 60 * 1000)).toBeLessThan(1000);
    await fixture.db.verification.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetLinkIsLive(token)).toBe(false);
    expect(await resetPasswordWithLink(token, NEW_PASSWORD, "192.0.2.61")).toEqual({
      ok: false,
      reason: "invalidLink",
    });
    useRequestCookies("");
  });
});
