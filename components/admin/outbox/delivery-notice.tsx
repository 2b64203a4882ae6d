import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/admin/meetings/notice";
import type { EmailDelivery } from "@/lib/email/delivery";

/** Where this site's email goes: kept here (local mode), a mail server, or nowhere (a deployment without SMTP_URL). */
export async function DeliveryNotice({ delivery }: { delivery: EmailDelivery }) {
  const t = await getTranslations("OutboxAdmin");
  if (delivery.mode === "off") return <Notice tone="warning">{t("deliveryOff")}</Notice>;
  if (delivery.mode === "local")
    return <p className="mt-4 rounded-md border border-slate-400 bg-slate-50 p-3">{t("deliveryLocal")}</p>;
  return (
    <p className="mt-4 rounded-md border border-slate-400 bg-slate-50 p-3">
      {t("deliverySmtp", { host: new URL(delivery.url).hostname })}
    </p>
  );
}
