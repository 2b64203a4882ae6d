import { createHmac } from "node:crypto";
import { serverSecret } from "@/lib/env";
import { zonedDateKey } from "@/lib/time/central-time";

// A key of its own, so a tally key is never a value that the session secret also signs.
const PURPOSE = "encuentros.attendance.tally-key.v1";

export type TallyKeyParts = { day: string; meetingId: string; kind: string; language: string; address: string };

/**
 * The Dallas calendar day ("2027-01-10") a tap counts for: residents' "once
 * a day" ends at their midnight, not at 6 PM (7 PM in summer), when the UTC
 * day turns.
 */
export function tallyDay(now: Date): string {
  return zonedDateKey(now);
}

/**
 * HMAC-SHA256 of one tap's (day, meeting, kind, language, client address)
 * under a key derived from AUTH_SECRET: the same on every instance, so a
 * second tap is recognised wherever it lands, and useless without the
 * secret, which lives in the environment and never in the database.
 */
export function tallyKey(parts: TallyKeyParts): string {
  const key = createHmac("sha256", serverSecret()).update(PURPOSE).digest();
  return createHmac("sha256", key)
    .update([parts.day, parts.meetingId, parts.kind, parts.language, parts.address].join("\n"))
    .digest("hex");
}
