import { writeLog } from "@/lib/logging/log.mjs";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { RENDER_HEADER } from "./internal-headers.mjs";
import { type Answer, sharedCacheControl } from "./answer";
import { type CachedResponse, cacheStore, makeEntry, type PendingRender, storeEntry } from "./page-cache";
import { plainPage } from "./plain-page";
import { BUSY, createRenderSlots } from "./render-slots";
import type { Body } from "./routes";

/**
 * A miss is rendered by Next.js through a request the boundary builds
 * itself: the canonical URL, the render token and nothing a visitor sent.
 * It goes to the server's private loopback listener (lib/serving/server.mjs),
 * a few at a time (render-slots.ts), and is stored only when it is what the
 * route promises to everyone (`storable`).
 */

export type Rendered = CachedResponse | Answer;
export type RenderResult = Rendered | typeof BUSY;
export type RenderTarget = { origin: string; token: string };
export type RenderRequest = { key: string; url: string; body: Body; expectStatus: number; patient: boolean };

// A render that has not answered by then is not going to help the visitor
// (the very first renders after a start can take several seconds).
const RENDER_TIMEOUT_MS = 20_000;

// Pages themselves (no query string) and pages the cache held before
// (emptied by a save, or past their minute) are the ones residents read: a
// pool of their own, patient. Other URLs (filter values the cache has not
// seen: what a flood of made-up ones looks like) take turns, one render at
// a time and, while others wait, at most a twentieth of the time: a render
// holds the one thread for its whole length (about 100 ms on a busy 2-core
// machine), so a cached page asked for during a flood waits on one at most
// one time in twenty (the bench's p95 bar). Past four waiting, another waits
// a second at most. With nobody waiting, a new filter renders at once.
export const pageSlots = createRenderSlots({
  concurrency: 6,
  waitMs: 10_000,
  patientWaiters: Infinity,
  crowdedWaitMs: 0,
  maxWaiting: 200,
});
const newQuerySlots = createRenderSlots({
  concurrency: 1,
  waitMs: 10_000,
  patientWaiters: 4,
  crowdedWaitMs: 1_000,
  maxWaiting: 100,
  dutyCycle: 1 / 20,
});

// What a stored answer may carry from the render (an allowlist): what the
// route itself says about its body. Everything else (Next.js's own
// x-nextjs-* and x-middleware-*, cookies, framing) stays behind.
const KEPT_HEADERS = new Set([
  "content-type",
  "content-disposition",
  "content-language",
  "content-security-policy",
  "last-modified",
  "etag",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "permissions-policy",
  "retry-after",
]);
const CONTENT_TYPES: Record<Body, string> = {
  page: "text/html",
  html: "text/html",
  calendar: "text/calendar",
  rss: "application/rss+xml",
};
const WHOLE: Record<Exclude<Body, "page">, (text: string) => boolean> = {
  html: (text) => /^\s*<!DOCTYPE html>/i.test(text) && text.trimEnd().endsWith("</html>"),
  calendar: (text) => text.startsWith("BEGIN:VCALENDAR") && text.trimEnd().endsWith("END:VCALENDAR"),
  rss: (text) => text.startsWith("<?xml") && text.trimEnd().endsWith("</rss>"),
};

/**
 * One render per key at a time: a request joins the render under way,
 * unless that one began reading before the latest save. A render still
 * waiting for its turn reads after the save, so requests keep joining it.
 * When every request waiting on a render has gone away, it is abandoned
 * and its slot given back.
 */
export function renderOnce(
  target: RenderTarget,
  request: RenderRequest,
  visitorLeft: AbortSignal,
): Promise<RenderResult> {
  const store = cacheStore();
  let render = store.pending.get(request.key);
  if (
    !render ||
    render.abandon.signal.aborted ||
    (render.generation !== null && render.generation !== store.generation)
  ) {
    const abandon = new AbortController();
    const began: Omit<PendingRender, "result"> = { generation: null, waiting: 0, abandon };
    const slots = request.patient ? pageSlots : newQuerySlots;
    const result = slots(async () => {
      if (abandon.signal.aborted) return BUSY;
      began.generation = store.generation;
      return renderThroughApp(target, request, began.generation, abandon.signal);
    }).finally(() => {
      if (store.pending.get(request.key) === created) store.pending.delete(request.key);
    });
    const created: PendingRender = Object.assign(began, { result });
    store.pending.set(request.key, created);
    render = created;
  }
  const joined = render;
  joined.waiting += 1;
  const leave = () => {
    joined.waiting -= 1;
    if (joined.waiting === 0) joined.abandon.abort();
  };
  visitorLeft.addEventListener("abort", leave, { once: true });
  return joined.result.finally(() => visitorLeft.removeEventListener("abort", leave));
}

/** What went wrong, for the operator: no query string (see lib/logging/log.mjs). */
function logRenderFailure(key: string, cause: Record<string, unknown>): void {
  writeLog("error", "cache.render.failed", { path: key.split("?", 1)[0], ...cause });
}

async function renderThroughApp(
  target: RenderTarget,
  request: RenderRequest,
  generation: number,
  abandoned: AbortSignal,
): Promise<RenderResult> {
  let response: Response;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const signal = AbortSignal.any([abandoned, AbortSignal.timeout(RENDER_TIMEOUT_MS)]);
    const headers = {
      [RENDER_HEADER]: target.token,
      accept: request.body === "page" || request.body === "html" ? "text/html" : "*/*",
      "accept-encoding": "identity",
    };
    response = await fetch(`${target.origin}${request.url}`, {
      headers,
      redirect: "manual",
      cache: "no-store",
      signal,
    });
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (abandoned.aborted) return BUSY;
    // Not the database (that answers 503): the loopback itself failed or
    // timed out. The visitor is asked to come back in a moment.
    const name = error instanceof Error ? error.name : "unknown";
    const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
    logRenderFailure(request.key, {
      cause: name === "TimeoutError" ? "timeout" : typeof code === "string" ? code : name,
    });
    return BUSY;
  }
  if (response.status >= 500)
    logRenderFailure(request.key, {
      cause: `status ${response.status}`,
      renderRequestId: response.headers.get("x-request-id"),
    });
  const answer = await asPublic(response, bytes, request.body);
  if (!storable(response, answer, request)) return answer.answer;
  const entry = makeEntry(answer.answer.status, answer.answer.headers, answer.answer.body!);
  storeEntry(request.key, entry, generation);
  return entry;
}

type PublicAnswer = { answer: Answer & { body: Uint8Array<ArrayBuffer> }; whole: boolean };

/** The render as a visitor may get it: kept headers only, and a page without the framework's scripts. */
export async function asPublic(response: Response, bytes: Uint8Array<ArrayBuffer>, body: Body): Promise<PublicAnswer> {
  const isHtml = body === "page" && (response.headers.get("content-type") ?? "").startsWith("text/html");
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    if (KEPT_HEADERS.has(name) && !(isHtml && name === "content-security-policy")) headers.push([name, value]);
  });
  if (response.status >= 300 && response.status < 400 && response.headers.has("location"))
    headers.push(["location", response.headers.get("location")!]);
  headers.push(["cache-control", sharedCacheControl(response.headers.get("cache-control"), body === "page")]);
  if (!isHtml)
    return {
      answer: { status: response.status, headers, body: bytes },
      whole: body !== "page" && WHOLE[body](new TextDecoder().decode(bytes)),
    };
  const page = await plainPage(new TextDecoder().decode(bytes));
  headers.push([
    "content-security-policy",
    contentSecurityPolicy(page.scriptHashes.map((hash) => `'sha256-${hash}'`).join(" ") || "'none'"),
  ]);
  return { answer: { status: response.status, headers, body: new TextEncoder().encode(page.html) }, whole: page.whole };
}

/**
 * Only what was meant for everyone: the status asked for, the route's own
 * type, no cookie, a whole document, and for files nothing marked private.
 * (Next.js marks every page rendered on request `private, no-store`
 * whatever it holds, so on a page that header tells nothing; the page is
 * ours to judge by its body.)
 */
function storable(response: Response, { whole }: PublicAnswer, request: RenderRequest): boolean {
  const cacheControl = request.body === "page" ? "" : (response.headers.get("cache-control") ?? "");
  return (
    response.status === request.expectStatus &&
    !response.headers.has("set-cookie") &&
    !/\b(private|no-store)\b/i.test(cacheControl) &&
    (response.headers.get("content-type") ?? "").startsWith(CONTENT_TYPES[request.body]) &&
    whole
  );
}
