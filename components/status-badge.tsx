import { useTranslations } from "next-intl";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

const STYLES: Record<MeetingStatus, string> = {
  SCHEDULED: "bg-emerald-100 text-emerald-900 border-emerald-300",
  CANCELLED: "bg-red-100 text-red-900 border-red-300",
  POSTPONED: "bg-amber-100 text-amber-900 border-amber-300",
};

/** Shown for cancelled and postponed sessions; scheduled ones need no badge. Also in the staff preview of a change (a client component). */
export function StatusBadge({ status }: { status: MeetingStatus }) {
  const t = useTranslations("Status");
  if (status === "SCHEDULED") return null;
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-sm font-bold tracking-wide uppercase ${STYLES[status]}`}
    >
      {t(status)}
    </span>
  );
}
