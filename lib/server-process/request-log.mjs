// @ts-check
/**
 * The fields logged for one HTTP request. Only what an operator needs to see
 * traffic and errors: no query string (search filters, tokens), no IP
 * address, cookie, user agent or referrer.
 */

const MAX_PATH_LENGTH = 300;

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

/**
 * @param {{ method?: string; url?: string; headers?: Record<string, string | string[] | undefined> }} request
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
    // The page cache's own render of a page a visitor asked for
    // (lib/cache/serve-cached.ts): a miss shows as two lines.
    ...(request.headers?.["x-encuentros-render"] ? { cacheRender: true } : {}),
    // The client went away before the whole response was sent.
    ...(response.writableFinished ? {} : { aborted: true }),
  };
}
