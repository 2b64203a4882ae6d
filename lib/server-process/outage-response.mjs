// @ts-check
import http from "node:http";

/** How long browsers, crawlers and monitors are asked to wait while the database is unreachable. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30;

/**
 * The response class of the server (http.createServer's documented
 * `ServerResponse` option). A page that fails because the database is
 * unreachable should say "come back later" (503 + Retry-After), not
 * "broken" (500), but Next.js 16 lets a page end only in 401, 403, 404, a
 * redirect or 500: there is no 503 interrupt. The response is the one place
 * that sees the status before it is sent, so while the last database call
 * found the database down, a 500 goes out as 503. The body is the error
 * page Next.js rendered (app/[locale]/error.tsx).
 * @param {() => boolean} databaseIsDown
 */
export function outageAwareResponse(databaseIsDown) {
  return class OutageAwareResponse extends http.ServerResponse {
    /** @param {any[]} args */
    writeHead(...args) {
      if (args[0] === 500 && !this.headersSent && databaseIsDown()) {
        args[0] = 503;
        this.statusCode = 503;
        this.statusMessage = "Service Unavailable";
        this.setHeader("Retry-After", String(OUTAGE_RETRY_AFTER_SECONDS));
        this.setHeader("Cache-Control", "no-store");
        if (typeof args[1] === "string") args[1] = this.statusMessage;
      }
      return super.writeHead(.../** @type {[number]} */ (/** @type {unknown} */ (args)));
    }
  };
}
