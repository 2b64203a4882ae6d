import "server-only";
import { PUBLIC_FORM } from "@/lib/audit/actors";
import { auditedTransaction, recordAudit } from "@/lib/audit/record";
import { can, type StaffUser } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { toFieldErrors, type FieldErrors } from "@/lib/forms/form-state";
import { Refusal, invalid, type Refused, type Tx } from "@/lib/meetings/command";
import { createMeeting } from "@/lib/meetings/mutations";
import { noticeNewRequest } from "@/lib/notices/staff-notices";
import { dateKeyToDbDate, zonedDateKey } from "@/lib/time/central-time";
import { takeAddressSlot } from "@/lib/security/address-limit";
import { honeypotFilled } from "@/lib/security/honeypot";
import { draftValuesFor, requestSnapshot, requestEvent, type RequestRow } from "./request-rows";
import { acceptRequestSchema, declineRequestSchema, preferredDateRange, requestNotesSchema, sessionRequestSchemaFor, type SessionRequestInput } from "./schema";

export type Submitted = { ok: true; stored: boolean } | { ok: false; reason: "invalid"; errors: FieldErrors } | { ok: false; reason: "tooMany" };

/**
 * A request from the public form. The address limit is checked first (a
 * flood of honeypot posts is still a flood); a filled honeypot is answered
 * as accepted and nothing is stored.
 */
export async function submitSessionRequest(raw: Record<string, unknown>, clientAddress: string, now = new Date()): Promise<Submitted> {
  if (!takeAddressSlot("sessionRequest", clientAddress, now)) return { ok: false, reason: "tooMany" };
  if (honeypotFilled(raw)) return { ok: true, stored: false };
  const parsed = sessionRequestSchemaFor(preferredDateRange(zonedDateKey(now))).safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", errors: toFieldErrors(parsed.error) };
  await storeRequest(parsed.data);
  return { ok: true, stored: true };
}

async function storeRequest(input: SessionRequestInput): Promise<void> {
  await auditedTransaction(getDb(), { action: "request.submit", actor: PUBLIC_FORM }, async (tx) => {
    const row = await tx.sessionRequest.create({
      data: {
        organization: input.organization, venueKind: input.venueKind, street: input.street, city: input.city, postalCode: input.postalCode,
        preferredDate: dateKeyToDbDate(input.preferredDate), startTime: input.startTime, endTime: input.endTime, otherTimes: input.otherTimes,
        spokenLanguages: input.spokenLanguages, interpretation: input.interpretation, attendance: input.attendance,
        contactName: input.contactName, contactPhone: input.contactPhone || null, contactEmail: input.contactEmail || null,
      },
    });
    await recordAudit(tx, PUBLIC_FORM, { action: "CREATE", entityType: "sessionRequest", entityId: row.id, event: requestEvent(row), after: requestSnapshot(row) });
    await noticeNewRequest(tx, row);
  });
}

type Denied = { ok: false; reason: "unauthenticated" | "forbidden" };
type RequestRefused = Denied | { ok: false; reason: "notFound" } | { ok: false; reason: "requestClosed" };

function deniedFor(actor: StaffUser | null): Denied | null {
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (!can(actor.role, "manageRequests")) return { ok: false, reason: "forbidden" };
  return null;
}

async function openRequest(tx: Tx, id: string): Promise<RequestRow | RequestRefused> {
  const row = isRecordId(id) ? await tx.sessionRequest.findUnique({ where: { id } }) : null;
  if (!row) return { ok: false, reason: "notFound" };
  if (row.status === "ACCEPTED" || row.status === "DECLINED") return { ok: false, reason: "requestClosed" };
  return row;
}

/** Staff: notes, and new ↔ in progress. A closed request keeps its notes as they were. */
export async function updateRequestNotes(actor: StaffUser | null, id: string, raw: unknown): Promise<{ ok: true } | RequestRefused | { ok: false; reason: "invalid" }> {
  const refusal = deniedFor(actor);
  if (refusal || !actor) return refusal!;
  const parsed = requestNotesSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  return auditedTransaction(getDb(), { action: "request.update", actor, entityId: id }, async (tx) => {
    const before = await openRequest(tx, id);
    if ("ok" in before) return before;
    const after = await tx.sessionRequest.update({ where: { id }, data: parsed.data });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "sessionRequest", entityId: id, event: requestEvent(after), before: requestSnapshot(before), after: requestSnapshot(after) });
    return { ok: true as const };
  });
}

/** Staff: declines a request with a note; its contact details go 90 days later. */
export async function declineRequest(actor: StaffUser | null, id: string, raw: unknown, now = new Date()): Promise<{ ok: true } | RequestRefused | { ok: false; reason: "invalid" }> {
  const refusal = deniedFor(actor);
  if (refusal || !actor) return refusal!;
  const parsed = declineRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  return auditedTransaction(getDb(), { action: "request.decline", actor, entityId: id }, async (tx) => {
    const before = await openRequest(tx, id);
    if ("ok" in before) return before;
    const closed = await tx.sessionRequest.updateMany({ where: { id, status: before.status }, data: { status: "DECLINED", notes: parsed.data.notes, closedAt: now } });
    if (closed.count === 0) return { ok: false as const, reason: "requestClosed" as const };
    const after = await tx.sessionRequest.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, actor, { action: "DECLINE", entityType: "sessionRequest", entityId: id, event: requestEvent(after), before: requestSnapshot(before), after: requestSnapshot(after) });
    return { ok: true as const };
  });
}

export type Accepted = { ok: true; meetingId: string };

/**
 * Staff: accepts a request, creating a draft meeting (and the venue, when
 * none is chosen) through the meeting command, in the same transaction that
 * closes the request and links it, so neither happens without the other.
 */
export async function acceptRequest(actor: StaffUser | null, id: string, raw: unknown, now = new Date()): Promise<Accepted | RequestRefused | Refused> {
  const refusal = deniedFor(actor);
  if (refusal || !actor) return refusal!;
  const parsed = acceptRequestSchema.safeParse(raw);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const row = isRecordId(id) ? await getDb().sessionRequest.findUnique({ where: { id } }) : null;
  if (!row) return { ok: false, reason: "notFound" };
  if (row.status === "ACCEPTED" || row.status === "DECLINED") return { ok: false, reason: "requestClosed" };
  const created = await createMeeting(actor, draftValuesFor(row, parsed.data), now, "draft", async (tx, meetingId, staff) => {
    const closed = await tx.sessionRequest.updateMany({ where: { id, status: row.status }, data: { status: "ACCEPTED", meetingId, closedAt: now } });
    if (closed.count === 0) throw new Refusal(invalid({ form: { key: "requestClosed" } }));
    const after = await tx.sessionRequest.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, staff, { action: "ACCEPT", entityType: "sessionRequest", entityId: id, event: requestEvent(after), before: requestSnapshot(row), after: requestSnapshot(after) });
  });
  if (!created.ok) return created;
  return { ok: true, meetingId: created.id };
}
