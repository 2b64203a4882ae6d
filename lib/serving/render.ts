import { writeLog } from "@/lib/logging/log.mjs";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { RENDER_HEADER } from "@/lib/server-process/internal-headers.mjs";
import { type Answer, sharedCacheControl } from "./answer";
import { type CachedResponse, cacheStore, makeEntry, storeEntry } from "./page-cache";
import { plainPage } from "./plain-page";
import { BUSY, createRenderSlots } from "./render-slots";
import type { Body } from "./routes";

/**
 * A miss is rendered by Next.js through a request the boundary builds
 * itself: the canonical URL, the render token and nothing a visitor sent.
 * It goes to the server's private loopback listener
 * (lib/server-process/server.mjs), a few at a time (render-slots.ts), and
 * is stored only when it is what the route promises to everyone.
 */

export type RenderTarget = { origin: string; token: string };
/** `key`: the canonical path and query (routes.ts, canonical-query.ts), the one name of a resource for lookup, store and render. */
export type RenderRequest = { key: string; body: Body; expectStatus: number; patient: boolean };

// A render that has not answered by then will not help the visitor (the first ones after a start take seconds).
const RENDER_TIMEOUT_MS = 20_000;

// Pages without a query, and keys the cache held before (emptied by a save, or past their minute), are
// the ones residents read: a patient pool of their own. Filter values not seen before (what a flood of
// made-up ones looks like) take turns, one render at a time, and while four or more wait, for at most a
// twentieth of the time: a render holds the one thread for its whole length (about 100 ms on a busy
// 2-core machine), so a cached page asked for during a flood rarely waits on one (the bench's p95 bar).
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

// What a stored answer may carry from the render (an allowlist). Next.js's own x-nextjs-* and
// x-middleware-*, cookies and framing stay behind.
const KEPT_HEADERS = new Set(
  "content-type content-disposition content-language content-security-policy last-modified etag x-content-type-options x-frame-options referrer-policy permissions-policy retry-after".split(
    " ",
  ),
);
// The route's own type, and what a whole document of it looks like (a page is judged by plain-page.ts).
const DOCUMENTS: Record<Body, [type: string, whole: RegExp]> = {
  page: ["text/html", /^/],
  html: ["text/html", /^\s*<!DOCTYPE html>[^]*<\/html>\s*$/i],
  calendar: ["text/calendar", /^BEGIN:VCALENDAR[^]*END:VCALENDAR\s*$/],
  rss: ["application/rss+xml", /^<\?xml[^]*<\/rss>\s*$/],
};

type PendingRender = {
  /** The generation it began reading under; null while it waits for its turn. */
  generation: number | null;
  /** Requests waiting on it; at none it is abandoned. */
  waiting: number;
  abandon: AbortController;
  result: Promise<CachedResponse | Answer | typeof BUSY>;
};
// Renders under way, so a burst of misses costs one render.
const pending = new Map<string, PendingRender>();

/**
 * One render per key at a time: a request joins the render under way, unless that one began reading
 * before the latest save (one still waiting for its turn reads after it, so requests keep joining).
 * When every request waiting on a render has gone away, it is abandoned and its slot given back.
 */
export function renderOnce(target: RenderTarget, request: RenderRequest, visitorLeft: AbortSignal) {
  const store = cacheStore();
  let render = pending.get(request.key);
  if (!render || render.abandon.signal.aborted || (render.generation ?? store.generation) !== store.generation) {
    const began: Omit<PendingRender, "result"> = { generation: null, waiting: 0, abandon: new AbortController() };
    const result = (request.patient ? pageSlots : newQuerySlots)(async () => {
      if (began.abandon.signal.aborted) return BUSY;
      began.generation = store.generation;
      return renderThroughApp(target, request, began.generation, began.abandon.signal);
    }).finally(() => {
      if (pending.get(request.key) === created) pending.delete(request.key);
    });
    const created: PendingRender = Object.assign(began, { result });
    pending.set(request.key, (render = created));
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

async function renderThroughApp(
  target: RenderTarget,
  request: RenderRequest,
  generation: number,
  abandoned: AbortSignal,
) {
  // For the operator: the path only, no query string (see lib/logging/log.mjs).
  const failed = (cause: unknown) =>
    writeLog("error", "cache.render.failed", { path: request.key.split("?", 1)[0], cause });
  let response: Response;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    response = await fetch(`${target.origin}${request.key}`, {
      headers: {
        [RENDER_HEADER]: target.token,
        accept: request.body === "page" || request.body === "html" ? "text/html" : "*/*",
        "accept-encoding": "identity",
      },
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.any([abandoned, AbortSignal.timeout(RENDER_TIMEOUT_MS)]),
    });
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    // Not the database (that answers 503): the loopback failed or timed out. The visitor is asked to come back.
    const { name, cause } = error as { name?: string; cause?: { code?: string } };
    if (!abandoned.aborted) failed(name === "TimeoutError" ? "timeout" : (cause?.code ?? name));
    return BUSY;
  }
  if (response.status >= 500) failed(`status ${response.status}`);
  const { answer, whole } = await asPublic(response, bytes, request.body);
  // Only what was meant for everyone: the status asked for, the route's own type, no cookie, a whole
  // document, and for files nothing marked private (Next.js marks every page rendered on request
  // `private, no-store` whatever it holds: a page is ours to judge by its body).
  const cacheControl = request.body === "page" ? "" : (response.headers.get("cache-control") ?? "");
  const storable =
    response.status === request.expectStatus &&
    !response.headers.has("set-cookie") &&
    !/\b(private|no-store)\b/i.test(cacheControl) &&
    (response.headers.get("content-type") ?? "").startsWith(DOCUMENTS[request.body][0]) &&
    whole;
  if (!storable) return answer;
  const entry = makeEntry(answer.status, answer.headers, answer.body);
  storeEntry(request.key, entry, generation);
  return entry;
}

/** The render as a visitor may get it: kept headers only, and a page without the framework's scripts. */
export async function asPublic(response: Response, bytes: Uint8Array<ArrayBuffer>, body: Body) {
  const isHtml = body === "page" && (response.headers.get("content-type") ?? "").startsWith("text/html");
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    if (KEPT_HEADERS.has(name) && !(isHtml && name === "content-security-policy")) headers.push([name, value]);
    if (name === "location" && response.status >= 300 && response.status < 400) headers.push([name, value]);
  });
  headers.push(["cache-control", sharedCacheControl(response.headers.get("cache-control"), body === "page")]);
  const text = new TextDecoder().decode(bytes);
  if (!isHtml)
    return {
      answer: { status: response.status, headers, body: bytes },
      whole: body !== "page" && DOCUMENTS[body][1].test(text),
    };
  const page = await plainPage(text);
  const hashes = page.scriptHashes.map((hash) => `'sha256-${hash}'`).join(" ");
  headers.push(["content-security-policy", contentSecurityPolicy(hashes || "'none'")]);
  return { answer: { status: response.status, headers, body: new TextEncoder().encode(page.html) }, whole: page.whole };
}
