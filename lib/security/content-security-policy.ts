/**
 * The Content-Security-Policy of every page. Scripts run only with this
 * request's nonce (Next.js puts it on its own script tags when the policy
 * is on the request), or when such a script loads them ('strict-dynamic'):
 * an injected <script> never runs. Inline styles stay allowed (Next.js and
 * the OG/flyer layouts use them); they cannot run code.
 */
export function pageContentSecurityPolicy(nonce: string, { development = false } = {}): string {
  // React's dev tools need eval in `next dev`; production never does.
  return contentSecurityPolicy(`'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`);
}

/** The nonce a page policy (pageContentSecurityPolicy) allows, if any. */
export function policyNonce(policy: string | null): string | undefined {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
}

/** The policy around a given script-src. */
export function contentSecurityPolicy(scriptSources: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  return btoa(crypto.randomUUID());
}

/**
 * Headers every response carries (pages, files, feeds, the widget and the
 * API). Strict-Transport-Security depends on SITE_URL, which the build
 * does not know: the server adds it (lib/server-process/transport-security.mjs).
 */
export function baseSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  ];
}
