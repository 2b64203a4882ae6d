import "server-only";
import { PUBLIC_FORM } from "@/lib/audit/actors";
import { recordAudit } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/roles";
import { authorizeActor, invalid, type Denied, type NotFound } from "@/lib/commands/outcome";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/db/record-id";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { toFieldErrors, type FieldErrors } from "@/lib/forms/form-state";
import { refuse, type Refused } from "@/lib/meetings/command";
import { createMeeting } from "@/lib/meetings/mutations";
import { meetingDraftSchema } from "@/lib/meetings/schema";
import { noticeNewRequest } from "@/lib/notices/staff-notices";
import { dateKeyToDbDate, zonedDateKey } from "@/lib/time/central-time";
import { takeAddressSlot } from "@/lib/security/address-limit";
import { honeypotFilled } from "@/lib/security/honeypot";
import { draftValuesFor, requestSnapshot, requestEvent, type RequestRow } from "./request-rows";
import {
  preferredDateRange,
  sessionRequestSchemaFor,
  type AcceptRequestInput,
  type DeclineRequestInput,
  type RequestNotesInput,
  type SessionRequestInput,
} from "./schema";

export type Submitted =
  | { ok: true; stored: boolean }
  | { ok: false; reason: "invalid"; errors: FieldErrors }
  | { ok: false; reason: "tooMany" };

/**
 * A request from the public form. The address limit is checked first (a
 * flood of honeypot posts is still a flood); a filled honeypot is answered
 * as accepted and nothing is stored.
 */
export async function submitSessionRequest(
  raw: Record<string, unknown>,
  clientAddress: string,
  now = new Date(),
): Promise<Submitted> {
  if (!takeAddressSlot("sessionRequest", clientAddress, now)) return { ok: false, reason: "tooMany" };
  if (honeypotFilled(raw)) return { ok: true, stored: false };
  const parsed = sessionRequestSchemaFor(preferredDateRange(zonedDateKey(now))).safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", errors: toFieldErrors(parsed.error) };
  await storeRequest(parsed.data);
  return { ok: true, stored: true };
}

async function storeRequest(input: SessionRequestInput): Promise<void> {
  await writeTransaction({ action: "request.submit", actor: PUBLIC_FORM }, async (tx) => {
    const row = await tx.sessionRequest.create({
      data: {
        organization: input.organization,
        venueKind: input.venueKind,
        street: input.street,
        city: input.city,
        postalCode: input.postalCode,
        preferredDate: dateKeyToDbDate(input.preferredDate),
        startTime: input.startTime,
        endTime: input.endTime,
        otherTimes: input.otherTimes,
        spokenLanguages: input.spokenLanguages,
        interpretation: input.interpretation,
        attendance: input.attendance,
        contactName: input.contactName,
        contactPhone: input.contactPhone || null,
        contactEmail: input.contactEmail || null,
      },
    });
    await recordAudit(tx, PUBLIC_FORM, {
      action: "CREATE",
      entityType: "sessionRequest",
      entityId: row.id,
      event: requestEvent(row),
      after: requestSnapshot(row),
    });
    await noticeNewRequest(tx, row);
  });
}

export type RequestOutcome = { ok: true } | Denied | NotFound | { ok: false; reason: "requestClosed" };

/** The request, if it is still open. */
async function openRequest(
  tx: Tx,
  id: string,
): Promise<RequestRow | NotFound | { ok: false; reason: "requestClosed" }> {
  const row = isRecordId(id) ? await tx.sessionRequest.findUnique({ where: { id } }) : null;
  if (!row) return { ok: false, reason: "notFound" };
  if (row.status === "ACCEPTED" || row.status === "DECLINED") return { ok: false, reason: "requestClosed" };
  return row;
}

/** Staff: notes, and new ↔ in progress. A closed request keeps its notes as they were. */
export async function updateRequestNotes(
  actor: StaffUser | null,
  id: string,
  input: RequestNotesInput,
): Promise<RequestOutcome> {
  const access = authorizeActor(actor, "manageRequests");
  if (!access.ok) return access;
  const staff = access.actor;
  return writeTransaction(
    { action: "request.update", actor: staff, entityId: id },
    async (tx): Promise<RequestOutcome> => {
      const before = await openRequest(tx, id);
      if ("ok" in before) return before;
      const after = await tx.sessionRequest.update({ where: { id }, data: input });
      await recordAudit(tx, staff, {
        action: "UPDATE",
        entityType: "sessionRequest",
        entityId: id,
        event: requestEvent(after),
        before: requestSnapshot(before),
        after: requestSnapshot(after),
      });
      return { ok: true };
    },
  );
}

/** Staff: declines a request with a note; its contact details go 90 days later. */
export async function declineRequest(
  actor: StaffUser | null,
  id: string,
  input: DeclineRequestInput,
  now = new Date(),
): Promise<RequestOutcome> {
  const access = authorizeActor(actor, "manageRequests");
  if (!access.ok) return access;
  const staff = access.actor;
  return writeTransaction(
    { action: "request.decline", actor: staff, entityId: id },
    async (tx): Promise<RequestOutcome> => {
      const before = await openRequest(tx, id);
      if ("ok" in before) return before;
      const closed = await tx.sessionRequest.updateMany({
        where: { id, status: before.status },
        data: { status: "DECLINED", notes: input.notes, closedAt: now },
      });
      if (closed.count === 0) return { ok: false, reason: "requestClosed" };
      const after = await tx.sessionRequest.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, staff, {
        action: "DECLINE",
        entityType: "sessionRequest",
        entityId: id,
        event: requestEvent(after),
        before: requestSnapshot(before),
        after: requestSnapshot(after),
      });
      return { ok: true };
    },
  );
}

export type Accepted = { ok: true; meetingId: string };

/**
 * Staff: accepts a request, creating a draft meeting (and the venue, when
 * none is chosen) through the meeting command, in the same transaction that
 * closes the request and links it, so neither happens without the other.
 * The meeting is the request's as the staff member chose it
 * (draftValuesFor), checked by the meeting form's rules like any draft.
 */
export async function acceptRequest(
  actor: StaffUser | null,
  id: string,
  input: AcceptRequestInput,
  now = new Date(),
): Promise<Accepted | Exclude<RequestOutcome, { ok: true }> | Refused> {
  const access = authorizeActor(actor, "manageRequests");
  if (!access.ok) return access;
  const row = isRecordId(id) ? await getDb().sessionRequest.findUnique({ where: { id } }) : null;
  if (!row) return { ok: false, reason: "notFound" };
  if (row.status === "ACCEPTED" || row.status === "DECLINED") return { ok: false, reason: "requestClosed" };
  const draft = meetingDraftSchema.safeParse(draftValuesFor(row, input));
  if (!draft.success) return invalid(toFieldErrors(draft.error));
  const created = await createMeeting(access.actor, draft.data, now, "draft", async (tx, meetingId, staff) => {
    const closed = await tx.sessionRequest.updateMany({
      where: { id, status: row.status },
      data: { status: "ACCEPTED", meetingId, closedAt: now },
    });
    if (closed.count === 0) refuse(invalid({ form: { key: "requestClosed" } }));
    const after = await tx.sessionRequest.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, staff, {
      action: "ACCEPT",
      entityType: "sessionRequest",
      entityId: id,
      event: requestEvent(after),
      before: requestSnapshot(row),
      after: requestSnapshot(after),
    });
  });
  if (!created.ok) return created;
  return { ok: true, meetingId: created.id };
}
