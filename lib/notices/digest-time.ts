import { instantToZonedParts } from "@/lib/time/central-time";

/**
 * Whether a staff member's daily digest is due at `now`: their hour of the
 * day (0–23, Central time, daylight saving included: 8 means 8 AM in Dallas
 * in January and in July) has come today, and today's digest was not
 * claimed yet. Returns the Central-time day to claim ("YYYY-MM-DD"), or
 * null. A digest missed at its hour (every instance down) goes out later
 * the same day; never twice, because the day is claimed once.
 */
export function digestDayDue(now: Date, digestHour: number, claimedOn: string | null): string | null {
  const { date, time } = instantToZonedParts(now);
  const hour = Number(time.slice(0, 2));
  if (hour < digestHour) return null;
  if (claimedOn !== null && claimedOn >= date) return null;
  return date;
}
