import { cacheableResponse } from "@/lib/http/cacheable-response";
import type { BuiltFeed } from "./data";

// Calendar apps poll every hour or so (REFRESH-INTERVAL); a cancellation
// reaches them within five minutes of their next poll.
const CALENDAR_FEED_MAX_AGE = 300;

/** A subscription calendar as calendar apps expect it: revalidatable, shown inline, never sniffed. */
export function calendarFeedResponse(request: Request, feed: BuiltFeed, fileName: string): Response {
  return cacheableResponse(request, feed.body, {
    contentType: "text/calendar; charset=utf-8",
    maxAge: CALENDAR_FEED_MAX_AGE,
    extraHeaders: { "Content-Disposition": `inline; filename="${fileName}"` },
  });
}
