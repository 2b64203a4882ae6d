import { zonedDateKey } from "@/lib/time/central-time";

/** Groups meetings (already in time order) by their Dallas calendar day. */
export function groupMeetingsByDay<T extends { startsAt: Date }>(
  meetings: T[],
): { dateKey: string; meetings: [T, ...T[]] }[] {
  const days: { dateKey: string; meetings: [T, ...T[]] }[] = [];
  for (const meeting of meetings) {
    const dateKey = zonedDateKey(meeting.startsAt);
    const last = days.at(-1);
    if (last && last.dateKey === dateKey) last.meetings.push(meeting);
    else days.push({ dateKey, meetings: [meeting] });
  }
  return days;
}
