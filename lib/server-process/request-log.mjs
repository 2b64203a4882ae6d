// @ts-check
/**
 * The fields logged for one HTTP request. Only what an operator needs to see
 * traffic and errors: no query string (search filters, tokens), no IP
 * address, cookie, user agent or referrer.
 *
 * A resident's form post (a question, a tap, a session request) gets no line
 * of its own: its exact time and page would undo the hour rounding of the
 * question it carried. The boundary marks it (markResidentPost), and the
 * server writes one line an hour with how many there were
 * (`public.form.posts`, see docs/security.md).
 */

const MAX_PATH_LENGTH = 300;
const RESIDENT_POST = Symbol("encuentros.residentPost");

/**
 * The path of a request target, without query string or fragment. Also
 * accepts the absolute form ("http://host/path?x") a proxy may send.
 * @param {string | undefined} target
 */
export function pathOfRequestTarget(target) {
  let path = (target ?? "").split(/[?#]/, 1)[0] ?? "";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) path = path.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "") || "/";
  return path.slice(0, MAX_PATH_LENGTH);
}

/** @param {string | undefined} method */
function knownMethod(method) {
  return method && /^[A-Z]{1,16}$/.test(method) ? method : "OTHER";
}

/** @param {import("node:http").ServerResponse} response */
export function markResidentPost(response) {
  /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (response))[RESIDENT_POST] = true;
}

/** @param {object} response */
export function isResidentPost(response) {
  return /** @type {Record<symbol, unknown>} */ (response)[RESIDENT_POST] === true;
}

/**
 * @param {{ method?: string; url?: string }} request
 * @param {{ statusCode: number; writableFinished: boolean }} response
 * @param {{ requestId: string; durationMs: number }} timing
 */
export function requestLogFields(request, response, { requestId, durationMs }) {
  return {
    method: knownMethod(request.method),
    path: pathOfRequestTarget(request.url),
    status: response.statusCode,
    durationMs: Math.round(durationMs * 10) / 10,
    requestId,
    // The client went away before the whole response was sent.
    ...(response.writableFinished ? {} : { aborted: true }),
  };
}

/**
 * Counts residents' posts per hour; `flush` gives the finished hours' counts
 * (the hour as an ISO time at its start) and forgets them.
 */
export function createPostTally() {
  /** @type {Map<string, number>} */
  const counts = new Map();
  const hourOf = (/** @type {number} */ now) => new Date(Math.floor(now / 3_600_000) * 3_600_000).toISOString();
  return {
    count(now = Date.now()) {
      const hour = hourOf(now);
      counts.set(hour, (counts.get(hour) ?? 0) + 1);
    },
    /** @param {{ all?: boolean; now?: number }} [options] */
    flush({ all = false, now = Date.now() } = {}) {
      const current = hourOf(now);
      /** @type {{ hour: string; count: number }[]} */
      const done = [];
      for (const [hour, count] of counts) {
        if (!all && hour === current) continue;
        done.push({ hour, count });
        counts.delete(hour);
      }
      return done;
    },
  };
}
