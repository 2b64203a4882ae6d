// @ts-check
/**
 * Strict-Transport-Security, sent on every response of a site whose
 * SITE_URL is https (a real deployment always is): two years, sub-domains
 * included. Set by the server preload at run time, not by next.config.ts,
 * so one build serves any SITE_URL. Browsers ignore it over plain http.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * The header's value for a site at siteUrl, or null for a site on http.
 * @param {string | undefined} siteUrl
 */
export function strictTransportSecurityFor(siteUrl) {
  return siteUrl?.trim().toLowerCase().startsWith("https:") ? STRICT_TRANSPORT_SECURITY : null;
}
