import Bowser from "bowser";

/**
 * A session's device in words a staff member recognises ("Firefox on
 * Windows, a computer"), from the User-Agent header better-auth stored with
 * the session. Only for the account page's list of sessions; never logged.
 * Parsed by bowser, which follows new browsers and systems so we need not.
 *
 * No system version: browsers now freeze it in the header (Chrome says
 * "Android 10" on every Android, Safari and Chrome say macOS 10.15, and
 * Windows 11 says "Windows NT 10.0"), so it would be wrong more often than not.
 */

export type DeviceKind = "phone" | "tablet" | "computer";

export type DeviceDescription = {
  browser: string | null;
  system: string | null;
  kind: DeviceKind | null;
  /** The model when the header names it ("iPhone", "iPad", "Pixel 7"), else null. */
  model: string | null;
};

// bowser's names, shortened to what the browser calls itself.
const BROWSER_NAMES: Record<string, string> = {
  "Microsoft Edge": "Edge",
  "Samsung Internet for Android": "Samsung Internet",
  "Opera Touch": "Opera",
};

const SYSTEM_NAMES: Record<string, string> = { "Chrome OS": "ChromeOS" };

const KINDS: Record<string, DeviceKind> = { mobile: "phone", tablet: "tablet", desktop: "computer" };

export function describeUserAgent(userAgent: string | null | undefined): DeviceDescription {
  const ua = userAgent?.trim() ?? "";
  if (!ua) return { browser: null, system: null, kind: null, model: null };
  const { browser, os, platform } = Bowser.parse(ua);
  const named = (name: string | undefined, names: Record<string, string>) => (name ? (names[name] ?? name) : null);
  return {
    browser: named(browser.name, BROWSER_NAMES),
    system: named(os.name, SYSTEM_NAMES),
    kind: (platform.type && KINDS[platform.type]) || null,
    model: platform.model ?? null,
  };
}
