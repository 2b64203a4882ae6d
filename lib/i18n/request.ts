import { getRequestConfig } from "next-intl/server";
import { MEETING_TIME_ZONE } from "@/lib/time/central-time";
import { safeLocale } from "./locales";

export default getRequestConfig(async ({ requestLocale }) => {
  const locale = safeLocale(await requestLocale);
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // Formatting defaults to Dallas time regardless of the server's zone.
    timeZone: MEETING_TIME_ZONE,
  };
});
