import type { Tx } from "@/lib/db/write-transaction";
import type { PartnerNoticeParams } from "@/lib/email/kinds/partner-notice";

type Session = { startsAt: Date; endsAt: Date };

// The publish notices queued in a transaction, by address and recurring set:
// the sessions of a set published together (lib/publishing) make one notice
// per address, its first session in full and the others as "also on".
const setNoticesByTransaction = new WeakMap<Tx, Map<string, { id: string; params: PartnerNoticeParams }>>();

/** Adds a session to the publish notice already queued for its set in this transaction; false when there is none. */
export async function joinSetNotice(tx: Tx, key: string | null, session: Session): Promise<boolean> {
  const queued = key ? setNoticesByTransaction.get(tx)?.get(key) : undefined;
  if (!queued) return false;
  queued.params.alsoOn.push({ startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString() });
  await tx.outboxEmail.update({ where: { id: queued.id }, data: { params: queued.params } });
  return true;
}

export function rememberSetNotice(tx: Tx, key: string | null, id: string | null, params: PartnerNoticeParams): void {
  if (!key || !id) return;
  const notices = setNoticesByTransaction.get(tx) ?? new Map();
  notices.set(key, { id, params });
  setNoticesByTransaction.set(tx, notices);
}

/** Whether a publish notice for this set and address was already queued in this transaction. */
export function setNoticeQueued(tx: Tx, key: string | null): boolean {
  return key !== null && Boolean(setNoticesByTransaction.get(tx)?.has(key));
}
