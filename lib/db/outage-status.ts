import http from "node:http";
import { databaseIsDown } from "./availability";

export const RETRY_AFTER_SECONDS = 30;

const PATCHED = Symbol.for("encuentros.outageStatus");

/**
 * A page that fails because the database is unreachable should tell browsers,
 * crawlers and monitors "come back later" (503 + Retry-After), not "broken"
 * (500). Next.js 16 lets a page end only in 401, 403, 404 (the access
 * fallbacks), a redirect or 500: there is no 503 interrupt. The response
 * object is the one place that sees the status before it is sent, so while
 * the last database call found the database down, a 500 goes out as 503.
 * The body is the error page Next.js rendered (app/[locale]/error.tsx).
 */
export function answerOutagesWith503(): void {
  const prototype = http.ServerResponse.prototype as http.ServerResponse & Record<symbol, boolean>;
  if (prototype[PATCHED]) return;
  prototype[PATCHED] = true;
  const writeHead = prototype.writeHead;
  prototype.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 500 && databaseIsDown() && !this.headersSent) {
      statusCode = 503;
      this.statusCode = 503;
      this.statusMessage = "Service Unavailable";
      this.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      this.setHeader("Cache-Control", "no-store");
      if (typeof rest[0] === "string") rest[0] = this.statusMessage;
    }
    return (writeHead as (...args: unknown[]) => http.ServerResponse).call(this, statusCode, ...rest);
  } as typeof prototype.writeHead;
}
