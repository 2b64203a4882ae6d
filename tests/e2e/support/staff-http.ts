import { newMeetingFields } from "../../support/meeting-factory";
import { dallasDate } from "./meeting-form";
import { DEMO_ADMIN } from "./staff";

/**
 * Staff forms posted over plain HTTP, as a browser without JavaScript posts
 * them: the hidden fields React renders for a server action, plus the typed
 * fields, as multipart/form-data. A save that worked answers 303 to the
 * meeting's edit page; anything else is not a save. Used where a browser
 * per request would be too slow (load, bursts of saves).
 */

const ENTITIES: Record<string, string> = { "&quot;": '"', "&#x27;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };
const decode = (text: string) => text.replace(/&(?:quot|#x27|lt|gt|amp);/g, (entity) => ENTITIES[entity]!);

/** The hidden server-action fields of the first form holding `marker` (e.g. `name="titleEn"`). */
export function actionFields(html: string, marker: string): [string, string][] {
  const form = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)]
    .map((match) => match[0])
    .find((text) => text.includes(marker));
  if (!form) throw new Error(`No form with ${marker} on the page`);
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map((match) => [
    decode(match[1]!),
    decode(match[2] ?? ""),
  ]);
}

export type PostResult = { status: number; location: string | null };

export async function postForm(
  url: string,
  fields: [string, string][],
  cookie = "",
  signal?: AbortSignal,
): Promise<PostResult> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  // A browser sends its page's Origin with every form post; the server refuses a post without one.
  const headers: Record<string, string> = { origin: new URL(url).origin, ...(cookie ? { cookie } : {}) };
  const response = await fetch(url, { method: "POST", body, redirect: "manual", headers, signal });
  await response.arrayBuffer();
  return { status: response.status, location: response.headers.get("location") };
}

async function page(url: string, cookie = ""): Promise<string> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** Signs in through the sign-in form; returns the session's Cookie header. */
export async function signInOverHttp(
  baseURL: string,
  account: { email: string; password: string } = DEMO_ADMIN,
): Promise<string> {
  const url = `${baseURL}/en/admin/login`;
  const body = new FormData();
  for (const [name, value] of actionFields(await page(url), 'id="password"')) body.append(name, value);
  body.append("email", account.email);
  body.append("password", account.password);
  const response = await fetch(url, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { origin: new URL(url).origin },
  });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0]!)
    .join("; ");
  if (response.status !== 303 || !cookie.includes("session_token"))
    throw new Error(`Sign-in as ${account.email} answered ${response.status}`);
  return cookie;
}

/** Adds a staff account through the admin's staff form. */
export async function addStaffOverHttp(
  baseURL: string,
  adminCookie: string,
  account: { name: string; email: string; password: string; role: "ADMIN" | "EDITOR" },
): Promise<void> {
  const url = `${baseURL}/en/admin/staff`;
  const fields = actionFields(await page(url, adminCookie), 'id="password"');
  const result = await postForm(
    url,
    [
      ...fields,
      ["name", account.name],
      ["email", account.email],
      ["role", account.role],
      ["password", account.password],
    ],
    adminCookie,
  );
  if (result.status !== 303) throw new Error(`Adding ${account.email} answered ${result.status}`);
}

/** The new-meeting form's action fields and the series it offers first. */
export async function newMeetingForm(
  baseURL: string,
  cookie: string,
): Promise<{ url: string; fields: [string, string][]; seriesId: string }> {
  const url = `${baseURL}/en/admin/meetings/new`;
  const html = await page(url, cookie);
  const seriesId = /<option value="([a-z0-9]+)" selected="">/.exec(html)?.[1];
  if (!seriesId) throw new Error("The new-meeting form offers no series");
  return { url, fields: actionFields(html, 'name="titleEn"'), seriesId };
}

/** A meeting's typed fields: its own new venue (no two tests share a place and time), tomorrow evening. */
export function meetingFields(seriesId: string, title: string): [string, string][] {
  return newMeetingFields(seriesId, title, dallasDate(1));
}

const CREATED = /\/admin\/meetings\/([a-z0-9]+)\?saved=created$/;

/** The new meeting's id when the save was acknowledged (303 to its edit page), else null. */
export function createdId(result: PostResult): string | null {
  return result.status === 303 ? (CREATED.exec(result.location ?? "")?.[1] ?? null) : null;
}

/** The edit form of a meeting: its action fields and current version. */
export async function editMeetingForm(
  baseURL: string,
  cookie: string,
  id: string,
): Promise<{ url: string; fields: [string, string][] }> {
  const url = `${baseURL}/en/admin/meetings/${id}`;
  const html = await page(url, cookie);
  return { url, fields: actionFields(html, 'name="titleEn"') };
}
