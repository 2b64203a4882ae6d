import { getTranslations } from "next-intl/server";
import type { OutboxEmailStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<OutboxEmailStatus, string> = {
  QUEUED: "border-slate-500 text-slate-900",
  SENDING: "border-slate-500 text-slate-900",
  SENT: "border-green-700 text-green-900",
  KEPT: "border-brand-700 text-brand-900",
  FAILED: "border-red-700 text-red-900",
};

/** A message's status in words (never by colour alone). */
export async function OutboxStatus({ status }: { status: OutboxEmailStatus }) {
  const t = await getTranslations("OutboxAdmin");
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${TONE[status]}`}>
      {t(`status_${status}`)}
    </span>
  );
}
