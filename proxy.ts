import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Pages only: not API, calendar, feed, widget or image routes, Next
  // internals, or files.
  matcher: "/((?!api|ics|feeds/|embed/|og/|_next|_vercel|.*\\..*).*)",
};
