import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { MEETING_TIME_ZONE } from "@/lib/time/central-time";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // Formatting defaults to Dallas time regardless of the server's zone.
    timeZone: MEETING_TIME_ZONE,
  };
});
