import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Fact } from "@/components/admin/fact";
import { Notice } from "@/components/admin/meetings/notice";
import { EmailBody } from "@/components/admin/outbox/email-body";
import { OutboxStatus } from "@/components/admin/outbox/outbox-status";
import { kindLabel, outboxErrorKey, outboxNoticeKey } from "@/components/admin/outbox/outbox-words";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { sendEmailAgainAction } from "@/lib/email/actions";
import { outboxEmail } from "@/lib/email/data";
import { emailDelivery } from "@/lib/email/delivery";
import { localeParam } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant } from "@/lib/time/format";

type Props = PageProps<"/[locale]/admin/outbox/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "OutboxAdmin" });
  return { title: t("detailTitle") };
}

/** One message: to whom, how its sending went, and what it says (text, and its HTML in a sandbox). */
export default async function OutboxEmailPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { id } = await params;
  setRequestLocale(locale);
  await requireStaffPage(locale, "viewOutbox");
  const delivery = emailDelivery();
  const email = await outboxEmail(id, { showSecrets: delivery.mode === "local" });
  if (!email) notFound();
  const t = await getTranslations("OutboxAdmin");
  const tLanguage = await getTranslations("Languages");
  const query = await searchParams;
  const notice = outboxNoticeKey(query.notice);
  const error = outboxErrorKey(query.error);
  const when = (instant: Date | null) =>
    instant ? <time dateTime={instant.toISOString()}>{formatInstant(instant, locale)}</time> : "—";

  return (
    <>
      <p>
        <Link href="/admin/outbox" className="inline-flex min-h-11 items-center">
          {t("backToList")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold wrap-anywhere">{email.subject ?? kindLabel(t, email.kind)}</h1>
      <p className="mt-2">
        <OutboxStatus status={email.status} />
      </p>
      {notice ? <Notice tone="success">{t(notice)}</Notice> : null}
      {error ? <Notice tone="problem">{t(error)}</Notice> : null}
      <dl className="mt-4 space-y-3">
        <Fact label={t("kind")}>{kindLabel(t, email.kind)}</Fact>
        <Fact label={t("colTo")}>{email.toName ? `${email.toName} <${email.toAddress}>` : email.toAddress}</Fact>
        <Fact label={t("language")}>
          {email.locale === "en" || email.locale === "es" ? tLanguage(email.locale) : email.locale}
        </Fact>
        <Fact label={t("colCreated")}>{when(email.createdAt)}</Fact>
        <Fact label={t("colSent")}>{when(email.sentAt)}</Fact>
        <Fact label={t("attemptsLabel")}>{email.attempts}</Fact>
        {email.status === "QUEUED" && email.attempts > 0 ? (
          <Fact label={t("nextAttempt")}>{when(email.nextAttemptAt)}</Fact>
        ) : null}
        {email.lastError ? <Fact label={t("colLastError")}>{email.lastError}</Fact> : null}
      </dl>
      {email.canSendAgain && delivery.mode !== "off" ? (
        <form action={sendEmailAgainAction.bind(null, locale)} className="mt-4">
          <input type="hidden" name="id" value={email.id} />
          <p className="text-slate-700">{t("sendAgainHint")}</p>
          <button
            type="submit"
            className="mt-2 min-h-11 rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900"
          >
            {t("sendAgain")}
          </button>
        </form>
      ) : null}
      <EmailBody email={email} />
    </>
  );
}
