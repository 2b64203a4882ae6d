import { listStaffMeetings } from "@/lib/meetings/admin-data";
import {
  getCurrentSeries,
  getMeetingBySlug,
  listFilterOptions,
  listPastMeetings,
  listUpcomingMeetings,
  listUpcomingMeetingsAtVenue,
} from "@/lib/meetings/data";
import { parseListingQuery, toUpcomingFilter } from "@/lib/meetings/listing-filter";
import { countWaitingForReview } from "@/lib/publishing/data";
import { publishDueMeetings } from "@/lib/publishing/scheduler";
import { addDaysToDateKey, zonedDateKey } from "@/lib/time/central-time";
import { outreachReport, publicFigures } from "@/lib/report/data";
import { reportWindow } from "@/lib/report/scope";
import { getPartnerBySlug } from "@/lib/venues/data";
import { countUpcomingMeetingsAtVenue, PARTNER_PAGE_MEETING_LIMIT } from "@/lib/venues/directory";
import type { BulkMeetingsSample } from "./bulk-meetings";

export type PageQuery = { name: string; run: (sample: BulkMeetingsSample, now: Date) => Promise<unknown> };

const today = (now: Date) => zonedDateKey(now);
const filtered = (query: Record<string, string>) => toUpcomingFilter(parseListingQuery(query)).filter;

/**
 * The data functions behind the public listing (with each filter), the
 * archive, a meeting page, a partner page and the staff dashboard, called as
 * those pages call them, on a database loaded by seedBulkMeetings.
 */
export const PAGE_QUERIES: PageQuery[] = [
  { name: "listing: current series", run: (_, now) => getCurrentSeries(today(now), "es") },
  { name: "listing: upcoming", run: ({ seriesId }, now) => listUpcomingMeetings(seriesId, "es", now) },
  { name: "listing: filter options", run: ({ seriesId }, now) => listFilterOptions(seriesId, now) },
  {
    name: "listing: week",
    run: ({ seriesId }, now) =>
      listUpcomingMeetings(seriesId, "es", now, filtered({ week: addDaysToDateKey(today(now), 7) })),
  },
  {
    name: "listing: date range",
    run: ({ seriesId }, now) =>
      listUpcomingMeetings(
        seriesId,
        "es",
        now,
        filtered({ from: addDaysToDateKey(today(now), 3), to: addDaysToDateKey(today(now), 20) }),
      ),
  },
  {
    name: "listing: area",
    run: ({ seriesId, area }, now) => listUpcomingMeetings(seriesId, "es", now, filtered({ area })),
  },
  {
    name: "listing: language",
    run: ({ seriesId }, now) => listUpcomingMeetings(seriesId, "es", now, filtered({ lang: "en" })),
  },
  { name: "archive: first page", run: (_, now) => listPastMeetings("es", now, 1) },
  { name: "archive: page 500", run: (_, now) => listPastMeetings("es", now, 500) },
  { name: "meeting page", run: ({ meetingSlug }) => getMeetingBySlug(meetingSlug, "es") },
  { name: "partner page: venue", run: ({ partnerSlug }) => getPartnerBySlug(partnerSlug, "es") },
  {
    name: "partner page: upcoming",
    run: ({ partnerId }, now) => listUpcomingMeetingsAtVenue(partnerId, "es", now, PARTNER_PAGE_MEETING_LIMIT),
  },
  { name: "partner page: count", run: ({ partnerId }, now) => countUpcomingMeetingsAtVenue(partnerId, now) },
  { name: "dashboard: upcoming", run: (_, now) => listStaffMeetings("upcoming", "", "es", now) },
  { name: "dashboard: past", run: (_, now) => listStaffMeetings("past", "", "es", now) },
  { name: "dashboard: cancelled", run: (_, now) => listStaffMeetings("cancelled", "", "es", now) },
  {
    name: "dashboard: search upcoming",
    run: ({ searchTerm }, now) => listStaffMeetings("upcoming", searchTerm, "es", now),
  },
  { name: "dashboard: search past", run: ({ searchTerm }, now) => listStaffMeetings("past", searchTerm, "es", now) },
  {
    name: "dashboard: search cancelled",
    run: ({ searchTerm }, now) => listStaffMeetings("cancelled", searchTerm, "es", now),
  },
  { name: "dashboard: drafts", run: (_, now) => listStaffMeetings("drafts", "", "es", now) },
  {
    name: "dashboard: waiting for review",
    run: (_, now) => Promise.all([listStaffMeetings("review", "", "es", now), countWaitingForReview()]),
  },
  {
    name: "report: a full year",
    run: (_, now) =>
      outreachReport(
        reportWindow({ from: addDaysToDateKey(today(now), -365), to: today(now), seriesId: null, area: null }, now),
        "es",
      ),
  },
  {
    name: "report: a series and an area",
    run: ({ seriesId, area }, now) =>
      outreachReport(
        reportWindow({ from: addDaysToDateKey(today(now), -365), to: today(now), seriesId, area }, now),
        "es",
      ),
  },
  {
    name: "what we have done",
    run: ({ seriesId }, now) => {
      const window = reportWindow(
        { from: addDaysToDateKey(today(now), -365), to: addDaysToDateKey(today(now), 60), seriesId, area: null },
        now,
      );
      return publicFigures({ id: seriesId, start: window.start, end: window.end }, now);
    },
  },
  // Every instance asks this every 20 seconds: it must stay an index lookup however many meetings there are.
  { name: "scheduler: anything due", run: (_, now) => publishDueMeetings(now) },
];
