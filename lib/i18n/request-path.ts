import "server-only";
import { headers } from "next/headers";
import { REQUEST_PATH_HEADER } from "./request-path-header";

/** The path and query of this page request (for links built on the server). */
export async function requestPath(): Promise<{ pathname: string; search: string }> {
  const value = (await headers()).get(REQUEST_PATH_HEADER) ?? "/";
  const url = new URL(value, "http://localhost");
  return { pathname: url.pathname, search: url.search };
}
