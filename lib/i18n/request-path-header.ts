/** Set by proxy.ts on every page request: the path and query the visitor asked for. */
export const REQUEST_PATH_HEADER = "x-encuentros-path";
