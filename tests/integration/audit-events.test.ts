import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { publishFormSchema } from "@/lib/publishing/schema";
import { auditEntryText } from "@/lib/audit/event-text";
import type { StaffUser } from "@/lib/auth/roles";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { DEMO_SERIES_SLUG } from "@/prisma/seed-data";
import { useRequestCookies } from "@/tests/support/fake-next-headers";
import { meetingFormValues, meetingInput } from "@/tests/support/meeting-factory";
import { migratedDatabaseFor } from "@/tests/support/migrated-database";
import { settle, signedInStaff } from "@/tests/support/staff-sessions";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "@/tests/support/test-database";

vi.mock("next/headers", () => import("@/tests/support/fake-next-headers"));

import { createMeeting } from "@/lib/meetings/mutations";
import { publishMeeting } from "@/lib/publishing/mutations";
import { publishDueMeetings } from "@/lib/publishing/scheduler";
import { removePasskeyAction } from "@/lib/second-factor/actions";
import { resetSecondFactor, setEditorsNeedSecondFactor } from "@/lib/second-factor/mutations";
import { instantToZonedParts } from "@/lib/time/central-time";

/**
 * Audit entries are data (an event code and its parameters) put into words
 * in the reader's language; the app's own actors have a kind of their own.
 * Also: what the migration that brought this makes of entries written before.
 */

const MESSAGES = { en, es } as const;

/** An entry as the audit page words it, in a language. */
function entryText(entry: { event: string | null; params: unknown; summary: string | null }, locale: Locale): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "AuditLog" });
  return auditEntryText(entry, locale, (key, values) => t(key, values));
}

const MIGRATION = "20261214120000_audit_events";
const NOW = new Date("2027-01-10T18:00:00Z");

describe.each(DATABASE_KINDS)("entries written before event codes, on %s", (kind) => {
  let database: TestDatabase;
  let db: PrismaClient;
  let dir: string;

  // Entries as the app wrote them until this migration (summary, made-up system accounts).
  const LEGACY: [
    id: string,
    actorId: string | null,
    actorEmail: string,
    action: string,
    entityType: string,
    summary: string,
    after: string | null,
  ][] = [
    [
      "on",
      "u1",
      "lead@example.org",
      "CREATE",
      "secondFactor",
      "Authenticator app turned on: Ana Pérez <ana@example.org>",
      null,
    ],
    [
      "reset",
      "u1",
      "lead@example.org",
      "DELETE",
      "secondFactor",
      "Second factor reset: Ana Pérez <ana@example.org>",
      null,
    ],
    [
      "backup",
      "u2",
      "ana@example.org",
      "UPDATE",
      "secondFactor",
      "Backup code used to sign in: Ana Pérez <ana@example.org>",
      null,
    ],
    [
      "passkey",
      "u2",
      "ana@example.org",
      "CREATE",
      "passkey",
      "Passkey “Teléfono <nuevo>” added: Ana Pérez <ana@example.org>",
      null,
    ],
    [
      "editors",
      "u1",
      "lead@example.org",
      "UPDATE",
      "staffSettings",
      "Second factor for editors",
      `{"requireSecondFactorForEditors": true}`,
    ],
    [
      "question",
      "u1",
      "lead@example.org",
      "UPDATE",
      "question",
      "Question cmq1abcd on meeting cmm9zzzz: answered",
      null,
    ],
    [
      "expired",
      "scheduler",
      "scheduler",
      "DELETE",
      "question",
      "Question cmq2abcd (general): deleted unpublished after 30 days",
      null,
    ],
    [
      "contacts",
      "scheduler",
      "scheduler",
      "DELETE",
      "sessionRequest",
      "Iglesia Bethel: contact details deleted after 90 days",
      null,
    ],
    [
      "scheduled",
      "scheduler",
      "scheduler",
      "PUBLISH",
      "meeting",
      "Reunión comunitaria (reunion-comunitaria-2027-02-05)",
      null,
    ],
    ["request", "public-form", "public-form", "CREATE", "sessionRequest", "Iglesia Bethel (2027-02-18)", null],
    ["venue", "u1", "lead@example.org", "UPDATE", "venue", "Familia Bethel", null],
  ];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    // Every migration up to the one under test, then old rows, then it.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "encuentros-audit-migration-"));
    for (const { name } of readMigrations().filter((migration) => migration.name < MIGRATION)) {
      fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    }
    await applyMigrations(database.target, dir);
    db = database.connect();
    for (const [id, actorId, actorEmail, action, entityType, summary, after] of LEGACY) {
      await db.$executeRawUnsafe(
        `INSERT INTO "AuditEntry" ("id", "actorId", "actorEmail", "action", "entityType", "entityId", "summary", "after") VALUES ($1, $2, $3, $4::"AuditAction", $5, 'e1', $6, $7::jsonb)`,
        id,
        actorId,
        actorEmail,
        action,
        entityType,
        summary,
        after,
      );
    }
    // PGlite is one connection: the migrator opens its own.
    await db.$disconnect();
    fs.cpSync(path.join(MIGRATIONS_DIR, MIGRATION), path.join(dir, MIGRATION), { recursive: true });
    expect(await applyMigrations(database.target, dir)).toEqual([MIGRATION]);
    db = database.connect();
  });

  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const entry = (id: string) => db.auditEntry.findUniqueOrThrow({ where: { id } });

  it("turns the fixed English sentences into events, which then read in Spanish", async () => {
    const ana = { name: "Ana Pérez", email: "ana@example.org" };
    expect(await entry("on")).toMatchObject({
      actorKind: "STAFF",
      actorId: "u1",
      event: "secondFactor.appOn",
      params: { person: ana },
    });
    expect(await entry("passkey")).toMatchObject({
      event: "passkey.added",
      params: { passkey: "Teléfono <nuevo>", person: ana },
    });
    expect(await entry("editors")).toMatchObject({ event: "secondFactor.editorsSetting", params: { required: true } });
    expect(await entry("question")).toMatchObject({
      event: "question.answered",
      params: { question: "cmq1abcd", meeting: "cmm9zzzz" },
    });
    expect(await entry("expired")).toMatchObject({
      event: "question.expired",
      params: { question: "cmq2abcd", meeting: null, days: 30 },
    });
    expect(await entry("contacts")).toMatchObject({
      event: "sessionRequest.contactDeleted",
      params: { organization: "Iglesia Bethel", days: 90 },
    });

    const spanish = async (id: string) => entryText(await entry(id), "es");
    expect(await spanish("on")).toBe("Aplicación de autenticación activada: Ana Pérez <ana@example.org>");
    expect(await spanish("reset")).toBe("Se restableció el segundo factor: Ana Pérez <ana@example.org>");
    expect(await spanish("backup")).toBe(
      "Se usó un código de respaldo para iniciar sesión: Ana Pérez <ana@example.org>",
    );
    expect(await spanish("passkey")).toBe(
      "Se agregó la llave de acceso «Teléfono <nuevo>»: Ana Pérez <ana@example.org>",
    );
    expect(await spanish("editors")).toBe("Los editores ahora deben tener un segundo factor");
    expect(await spanish("question")).toBe("Pregunta cmq1abcd sobre la reunión cmm9zzzz: respondida");
    expect(await spanish("expired")).toBe("Pregunta cmq2abcd (general): nunca se publicó; se borró después de 30 días");
    expect(await spanish("contacts")).toBe(
      "Iglesia Bethel: se borraron los datos de contacto 90 días después de cerrar la solicitud",
    );
  });

  it("gives the made-up system accounts their kind, and keeps names and titles as they were stored", async () => {
    expect(await entry("scheduled")).toMatchObject({
      actorKind: "SCHEDULER",
      actorId: null,
      actorEmail: null,
      event: null,
    });
    expect(await entry("expired")).toMatchObject({ actorKind: "RETENTION", actorId: null, actorEmail: null });
    expect(await entry("contacts")).toMatchObject({ actorKind: "RETENTION", actorId: null, actorEmail: null });
    expect(await entry("request")).toMatchObject({
      actorKind: "PUBLIC_FORM",
      actorId: null,
      actorEmail: null,
      event: null,
    });
    expect(await entry("venue")).toMatchObject({
      actorKind: "STAFF",
      actorEmail: "lead@example.org",
      event: null,
      summary: "Familia Bethel",
    });
    for (const locale of ["en", "es"] as const) {
      expect(entryText(await entry("venue"), locale)).toBe("Familia Bethel");
      expect(entryText(await entry("scheduled"), locale)).toBe("Reunión comunitaria (reunion-comunitaria-2027-02-05)");
    }
  });
});

describe.each(DATABASE_KINDS)("writing audit entries as data, on %s", (kind) => {
  const database = migratedDatabaseFor(kind, { seedOn: "2027-01-10", inApp: true });
  let admin: { user: StaffUser; cookie: string };
  let editor: { user: StaffUser; cookie: string };

  beforeAll(async () => {
    admin = await signedInStaff(database.db, "ADMIN", `audit-admin-${kind}@example.org`);
    editor = await signedInStaff(database.db, "EDITOR", `audit-editor-${kind}@example.org`);
  });

  const latest = (where: object) =>
    database.db.auditEntry.findFirstOrThrow({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

  it("records second-factor events with the person and passkey they concern, never as a sentence", async () => {
    const person = { name: editor.user.name, email: editor.user.email };
    useRequestCookies(editor.cookie);
    expect(
      (
        await settle(() =>
          removePasskeyAction(
            "en",
            (() => {
              const form = new FormData();
              form.set("passkeyId", `test-passkey-${editor.user.id}`);
              return form;
            })(),
          ),
        )
      ).redirect,
    ).toBe("/en/admin/account?notice=passkeyRemoved");
    expect(await latest({ entityType: "passkey" })).toMatchObject({
      actorKind: "STAFF",
      actorId: editor.user.id,
      actorEmail: editor.user.email,
      action: "DELETE",
      event: "passkey.removed",
      params: { passkey: "Test key", person },
      summary: null,
    });

    expect(await resetSecondFactor(admin.user, editor.user.id)).toEqual({ ok: true });
    const reset = await latest({ event: "secondFactor.reset" });
    expect(reset).toMatchObject({
      actorKind: "STAFF",
      actorEmail: admin.user.email,
      entityId: editor.user.id,
      params: { person },
      summary: null,
    });
    expect(entryText(reset, "es")).toBe(`Se restableció el segundo factor: ${editor.user.name} <${editor.user.email}>`);
    expect(entryText(reset, "en")).toBe(`Second factor reset: ${editor.user.name} <${editor.user.email}>`);

    expect(await setEditorsNeedSecondFactor(admin.user, true)).toEqual({ ok: true });
    expect(entryText(await latest({ event: "secondFactor.editorsSetting" }), "es")).toBe(
      "Los editores ahora deben tener un segundo factor",
    );
    expect(await setEditorsNeedSecondFactor(admin.user, false)).toEqual({ ok: true });
    expect(entryText(await latest({ event: "secondFactor.editorsSetting" }), "es")).toBe(
      "Los editores ya no necesitan un segundo factor",
    );
  });

  it("names scheduled publishing as itself, with the person who set the time", async () => {
    const seriesId = (await database.db.series.findUniqueOrThrow({ where: { slug: DEMO_SERIES_SLUG } })).id;
    const venueId = (await database.db.venue.findFirstOrThrow({ orderBy: { slug: "asc" } })).id;
    const values = meetingFormValues(seriesId, venueId, {
      date: "2027-02-05",
      startTime: "07:00",
      endTime: "07:45",
      titleEn: "Scheduled audit",
      titleEs: "Auditoría programada",
    });
    const created = await createMeeting(admin.user, meetingInput(values), NOW, "draft");
    if (!created.ok) throw new Error(`draft refused: ${JSON.stringify(created)}`);
    const at = new Date(NOW.getTime() + 60 * 60_000);
    const when = instantToZonedParts(at);
    expect(
      await publishMeeting(
        admin.user,
        created.id,
        publishFormSchema.parse({ version: 1, publishDate: when.date, publishTime: when.time }),
        NOW,
      ),
    ).toMatchObject({ outcome: "scheduled" });
    expect(await publishDueMeetings(new Date(at.getTime() + 1000))).toContain(created.id);

    const published = await latest({ entityId: created.id, action: "PUBLISH", actorKind: "SCHEDULER" });
    expect(published).toMatchObject({
      actorId: null,
      actorEmail: null,
      event: "meeting.publishedOnSchedule",
      summary: null,
    });
    expect(published.params).toMatchObject({
      title: { en: "Scheduled audit", es: "Auditoría programada" },
      scheduledBy: { name: admin.user.name, email: admin.user.email },
    });
    const slug = (await database.db.meeting.findUniqueOrThrow({ where: { id: created.id } })).slug;
    expect(entryText(published, "es")).toBe(
      `Auditoría programada (${slug}), a la hora que fijó ${admin.user.name} <${admin.user.email}>`,
    );
    expect(entryText(published, "en")).toBe(
      `Scheduled audit (${slug}), at the time set by ${admin.user.name} <${admin.user.email}>`,
    );
  });

  it("leaves no entry without an event that reads in both languages", async () => {
    const entries = await database.db.auditEntry.findMany();
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) {
      expect(entry, entry.id).toMatchObject({ event: expect.any(String), summary: null });
      for (const locale of ["en", "es"] as const) {
        const text = entryText(entry, locale);
        expect(text, `${entry.event} in ${locale}`).not.toBe(entry.event);
        expect(text, `${entry.event} in ${locale}`).not.toMatch(/[{}]|AuditLog\./);
      }
    }
  });
});
