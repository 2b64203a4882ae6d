import { authorize } from "@/lib/auth/session";
import { outboxEmailHtml } from "@/lib/email/data";
import { emailDelivery } from "@/lib/email/delivery";

export const dynamic = "force-dynamic";

const STATUS = { unauthenticated: 401, forbidden: 403, secondFactorRequired: 403, proofRequired: 403 } as const;

/**
 * A message's HTML as it was sent, for admins, inside the outbox page's
 * frame. The policy makes the document a sandbox of its own (no script, no
 * form, no same-origin access, nothing loaded but its inline styles), even
 * when opened on its own; only this site may frame it (next.config.ts
 * leaves these headers to it).
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/outbox/[id]">) {
  const noStore = { "cache-control": "private, no-store" };
  const allowed = await authorize("viewOutbox");
  if (!allowed.ok) return new Response(allowed.reason, { status: STATUS[allowed.reason], headers: noStore });
  const html = await outboxEmailHtml((await params).id, { showSecrets: emailDelivery().mode === "local" });
  if (html === null) return new Response("Not found", { status: 404, headers: noStore });
  return new Response(html, {
    headers: {
      ...noStore,
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      "x-frame-options": "SAMEORIGIN",
    },
  });
}
