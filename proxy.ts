import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Pages only: not API or calendar routes, Next internals, or files.
  matcher: "/((?!api|ics|_next|_vercel|.*\\..*).*)",
};
