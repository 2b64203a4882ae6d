import "server-only";
import { getDb } from "@/lib/db/client";
import { REQUESTABLE_LANGUAGES } from "./schema";

export type LanguageCount = { language: string; count: number };

/** A meeting's anonymous counts, for staff only. */
export type MeetingTallies = { planToCome: number; interpretation: LanguageCount[] };

const NONE: MeetingTallies = { planToCome: 0, interpretation: [] };

function languageOrder(language: string): number {
  const at = (REQUESTABLE_LANGUAGES as readonly string[]).indexOf(language);
  return at === -1 ? REQUESTABLE_LANGUAGES.length : at;
}

/** The counts of several meetings (the dashboard's rows), one query; meetings nobody tapped are left out. */
export async function talliesForMeetings(meetingIds: string[]): Promise<Map<string, MeetingTallies>> {
  const byMeeting = new Map<string, MeetingTallies>();
  if (meetingIds.length === 0) return byMeeting;
  const rows = await getDb().tallyCount.findMany({ where: { meetingId: { in: meetingIds }, count: { gt: 0 } } });
  for (const row of rows) {
    const tallies = byMeeting.get(row.meetingId) ?? { planToCome: 0, interpretation: [] };
    if (row.kind === "PLAN_TO_COME") tallies.planToCome += row.count;
    else tallies.interpretation.push({ language: row.language, count: row.count });
    byMeeting.set(row.meetingId, tallies);
  }
  for (const tallies of byMeeting.values())
    tallies.interpretation.sort((a, b) => languageOrder(a.language) - languageOrder(b.language));
  return byMeeting;
}

export async function talliesForMeeting(meetingId: string): Promise<MeetingTallies> {
  return (await talliesForMeetings([meetingId])).get(meetingId) ?? NONE;
}
