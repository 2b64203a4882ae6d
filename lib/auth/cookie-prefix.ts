/** The start of the staff session cookie's name (better-auth's cookiePrefix); the nginx recipe matches it too. */
export const SESSION_COOKIE_PREFIX = "encuentros";
