import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Fact } from "@/components/admin/fact";
import { FormNotice } from "@/components/admin/form-alert";
import { AcceptRequestForm, DeclineRequestForm, RequestNotesForm } from "@/components/admin/request-forms";
import { requireStaffPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/page-locale";
import { loadMeetingFormOptions } from "@/lib/meetings/admin-data";
import { acceptRequestAction, declineRequestAction, saveRequestNotesAction } from "@/lib/requests/actions";
import { getRequest } from "@/lib/requests/data";
import { dbDateToDateKey, zonedDateKey } from "@/lib/time/central-time";
import { formatDateKey, formatInstant } from "@/lib/time/format";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "RequestAdmin" });
  return { title: t("listTitle") };
}

/** One request: what was asked, who to call, and what staff do with it. */
export default async function RequestPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { id } = await params;
  setRequestLocale(locale);
  const user = await requireStaffPage(locale, "manageRequests");
  const request = await getRequest(id);
  if (!request) notFound();
  const t = await getTranslations("RequestAdmin");
  const tKind = await getTranslations("RequestForm");
  const tLanguage = await getTranslations("Languages");
  const saved = typeof (await searchParams).saved === "string";
  const open = request.status === "NEW" || request.status === "IN_PROGRESS";
  const options = open ? await loadMeetingFormOptions(locale) : null;
  const preferredDate = dbDateToDateKey(request.preferredDate);
  const languages = (codes: string[]) =>
    codes.length ? codes.map((code) => tLanguage(code as "es")).join(", ") : t("none");

  return (
    <>
      <h1 className="text-3xl font-bold wrap-anywhere">{t("detailTitle", { name: request.organization })}</h1>
      <p className="mt-1 text-slate-700">{t(`status_${request.status}`)}</p>
      {saved ? (
        <div className="mt-4">
          <FormNotice>{t("saved")}</FormNotice>
        </div>
      ) : null}
      <dl className="mt-4 space-y-3">
        <Fact
          label={t("place")}
        >{`${tKind(`kind_${request.venueKind}`)} · ${request.street}, ${request.city} ${request.postalCode}`}</Fact>
        <Fact
          label={t("when")}
        >{`${formatDateKey(preferredDate, locale)}, ${request.startTime}–${request.endTime}`}</Fact>
        {request.otherTimes ? <Fact label={t("otherTimes")}>{request.otherTimes}</Fact> : null}
        <Fact label={t("languages")}>{languages(request.spokenLanguages)}</Fact>
        <Fact label={t("interpretation")}>{languages(request.interpretation)}</Fact>
        <Fact label={t("attendance")}>{request.attendance}</Fact>
        <Fact label={t("contact")}>
          {request.contactDeletedAt
            ? t("contactDeleted", { date: formatInstant(request.contactDeletedAt, locale) })
            : [request.contactName, request.contactPhone, request.contactEmail].filter(Boolean).join("\n")}
        </Fact>
        {request.notes && !open ? <Fact label={t("notes")}>{request.notes}</Fact> : null}
        {request.meetingId ? (
          <Fact label={t("meeting")}>
            <Link href={{ pathname: "/admin/meetings/[id]", params: { id: request.meetingId } }}>
              {t("openMeeting")}
            </Link>
          </Fact>
        ) : null}
      </dl>
      {open && options ? (
        <div className="mt-8 space-y-8">
          <section>
            <h2 className="text-2xl font-bold">{t("notesTitle")}</h2>
            <RequestNotesForm
              action={saveRequestNotesAction.bind(null, locale, request.id)}
              status={request.status}
              notes={request.notes}
            />
          </section>
          <section>
            <h2 className="text-2xl font-bold">{t("acceptTitle")}</h2>
            <p className="mb-3 text-slate-700">{t("acceptIntro")}</p>
            <AcceptRequestForm
              action={acceptRequestAction.bind(null, locale, request.id)}
              series={options.series.map((option) => ({ id: option.id, label: option.title }))}
              venues={options.venues.map((option) => ({
                id: option.id,
                label: option.neighborhood ? `${option.name} (${option.neighborhood})` : option.name,
              }))}
              hostName={user.name}
              requested={{
                date: preferredDate,
                startTime: request.startTime,
                endTime: request.endTime,
                passed: preferredDate < zonedDateKey(new Date()),
              }}
            />
          </section>
          <section>
            <h2 className="text-2xl font-bold">{t("declineTitle")}</h2>
            <DeclineRequestForm action={declineRequestAction.bind(null, locale, request.id)} />
          </section>
        </div>
      ) : null}
    </>
  );
}
