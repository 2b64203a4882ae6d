import { unsubscribeState } from "@/lib/partner-contacts/data";
import { unsubscribeByToken } from "@/lib/notices/unsubscribe";
import { UNSUBSCRIBE_CSP, unsubscribePage, type UnsubscribeView } from "@/lib/notices/unsubscribe-page";

export const dynamic = "force-dynamic";

/**
 * A partner contact's unsubscribe link (lib/notices/unsubscribe-link.ts),
 * outside the residents' routes, so the public cache never sees it
 * (lib/serving/boundary.ts passes /api/ to Next.js as it came, and lets this
 * one path take a POST from anywhere: RFC 8058's one-click POST comes from
 * the recipient's mail provider, and the key is its one credential).
 * - GET: a bilingual page with a button; nothing changes on a GET, since
 *   mail scanners open every link.
 * - POST (the button, or a mail program's "List-Unsubscribe=One-Click"):
 *   stops the notices at once; again, harmlessly, as often as it comes.
 * No cookie, no script, nothing from another site; never stored.
 */
function answer(view: UnsubscribeView, locale: string, status = 200): Response {
  return new Response(unsubscribePage(view, locale), {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-store",
      "content-security-policy": UNSUBSCRIBE_CSP,
      "referrer-policy": "no-referrer",
    },
  });
}

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("t");
  const state = await unsubscribeState(token);
  if (!state) return answer({ state: "invalid" }, "es", 404);
  return answer(state.unsubscribed ? { state: "done" } : { state: "confirm", token: token! }, state.locale);
}

export async function POST(request: Request) {
  const result = await unsubscribeByToken(new URL(request.url).searchParams.get("t"));
  if (!result.ok) return answer({ state: "invalid" }, "es", 404);
  return answer({ state: "done" }, result.locale);
}
