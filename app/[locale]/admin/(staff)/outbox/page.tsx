import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminTable } from "@/components/admin/admin-table";
import { Notice } from "@/components/admin/meetings/notice";
import { DeliveryNotice } from "@/components/admin/outbox/delivery-notice";
import { OutboxStatus } from "@/components/admin/outbox/outbox-status";
import { PageLinks } from "@/components/page-links";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { sendTestEmailAction } from "@/lib/email/actions";
import { listOutboxEmails } from "@/lib/email/data";
import { emailDelivery } from "@/lib/email/delivery";
import { localeParam } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant } from "@/lib/time/format";
import { kindLabel, outboxErrorKey, outboxNoticeKey } from "@/components/admin/outbox/outbox-words";

type Props = PageProps<"/[locale]/admin/outbox">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "OutboxAdmin" });
  return { title: t("title") };
}

/** Every email the site has queued, sent, kept or given up on, newest first (admins). */
export default async function OutboxPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  await requireStaffPage(locale, "viewOutbox");
  const t = await getTranslations("OutboxAdmin");
  const query = await searchParams;
  const delivery = emailDelivery();
  const { emails, page, pageCount } = await listOutboxEmails(Number(query.page ?? 1));
  const notice = outboxNoticeKey(query.notice);
  const error = outboxErrorKey(query.error);

  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <DeliveryNotice delivery={delivery} />
      {notice ? <Notice tone="success">{t(notice)}</Notice> : null}
      {error ? <Notice tone="problem">{t(error)}</Notice> : null}
      {delivery.mode === "off" ? null : (
        <form action={sendTestEmailAction.bind(null, locale)} className="mt-4">
          <button
            type="submit"
            className="min-h-11 rounded-md border border-slate-500 px-4 font-semibold hover:bg-slate-100"
          >
            {t("sendTest")}
          </button>
        </form>
      )}
      <AdminTable
        caption={t("title")}
        empty={t("empty")}
        rows={emails}
        rowKey={(email) => email.id}
        rowData={(email) => ({ "data-status": email.status, "data-kind": email.kind })}
        columns={[
          {
            header: t("colMessage"),
            rowHeader: true,
            cell: (email) => (
              <Link href={{ pathname: "/admin/outbox/[id]", params: { id: email.id } }}>
                {email.subject ?? kindLabel(t, email.kind)}
              </Link>
            ),
          },
          { header: t("colTo"), cell: (email) => email.toAddress },
          {
            header: t("colStatus"),
            appText: true,
            cell: (email) => (
              <>
                <OutboxStatus status={email.status} /> {t("attempts", { count: email.attempts })}
              </>
            ),
          },
          {
            header: t("colCreated"),
            appText: true,
            cell: (email) => (
              <time dateTime={email.createdAt.toISOString()}>{formatInstant(email.createdAt, locale)}</time>
            ),
          },
          {
            header: t("colSent"),
            appText: true,
            cell: (email) =>
              email.sentAt ? (
                <time dateTime={email.sentAt.toISOString()}>{formatInstant(email.sentAt, locale)}</time>
              ) : (
                "—"
              ),
          },
          { header: t("colLastError"), cell: (email) => email.lastError ?? "—" },
        ]}
      />
      <PageLinks
        label={t("pagination")}
        position={t("pageOf", { page, pageCount })}
        previous={
          page > 1 ? { href: { pathname: "/admin/outbox", query: { page: page - 1 } }, text: t("newer") } : null
        }
        next={
          page < pageCount ? { href: { pathname: "/admin/outbox", query: { page: page + 1 } }, text: t("older") } : null
        }
      />
    </>
  );
}
