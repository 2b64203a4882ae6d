import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/components/form-action";
import type { Locale } from "@/lib/i18n/locales";
import type { PartnerContactRow } from "@/lib/partner-contacts/data";
import { formatInstant } from "@/lib/time/format";
import { FormAlert, FormNotice } from "./form-alert";
import { PartnerContactForm } from "./partner-contact-form";

const NOTICES = { added: "contact_added", removed: "contact_removed" } as const;
const PROBLEMS = { notFound: "contact_notFound", notAllowed: "contact_notAllowed" } as const;

type Props = {
  locale: Locale;
  isPartner: boolean;
  contacts: PartnerContactRow[];
  /** The ?contact= the last add or remove came back with. */
  outcome: string | undefined;
  addAction: FormAction;
  removeAction: (formData: FormData) => Promise<void>;
};

/**
 * A partner place's notice contacts on its edit page: who gets an email
 * when a meeting there is published, moved, cancelled or postponed, with the
 * consent noted for each, and who unsubscribed (and when).
 */
export async function PartnerContacts({ locale, isPartner, contacts, outcome, addAction, removeAction }: Props) {
  const t = await getTranslations("VenueAdmin");
  const notice = outcome && Object.hasOwn(NOTICES, outcome) ? t(NOTICES[outcome as keyof typeof NOTICES]) : null;
  const problem = outcome && Object.hasOwn(PROBLEMS, outcome) ? t(PROBLEMS[outcome as keyof typeof PROBLEMS]) : null;
  return (
    <section aria-labelledby="notice-contacts" className="mt-10 max-w-2xl">
      <h2 id="notice-contacts" className="text-2xl font-bold">
        {t("contactsHeading")}
      </h2>
      <p className="mt-2 text-slate-700">{t("contactsIntro")}</p>
      {notice ? <FormNotice className="mt-4">{notice}</FormNotice> : null}
      {problem ? (
        <div className="mt-4">
          <FormAlert>{problem}</FormAlert>
        </div>
      ) : null}
      {contacts.length ? (
        <ul className="mt-4 space-y-3">
          {contacts.map((contact) => (
            <li key={contact.id} data-contact={contact.address} className="rounded-md border border-slate-300 p-3">
              <p className="font-semibold break-all">
                {contact.name ? `${contact.name} <${contact.address}>` : contact.address}
              </p>
              <p className="text-slate-700">{t(`contact_locale_${contact.locale === "en" ? "en" : "es"}`)}</p>
              <p className="text-slate-700">{t("contact_consentShown", { note: contact.consentNote })}</p>
              <p className={contact.unsubscribedAt ? "font-semibold text-red-800" : "text-green-800"}>
                {contact.unsubscribedAt
                  ? t("contact_unsubscribed", { when: formatInstant(contact.unsubscribedAt, locale) })
                  : t("contact_subscribed")}
              </p>
              <form action={removeAction} className="mt-2">
                <input type="hidden" name="contactId" value={contact.id} />
                <button
                  type="submit"
                  className="min-h-11 rounded-md border border-slate-400 px-4 font-semibold hover:bg-slate-100"
                >
                  {t("contact_remove", { address: contact.address })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4 text-slate-700">{t("contactsEmpty")}</p>
      )}
      {isPartner ? (
        <>
          <h3 className="mt-6 text-xl font-bold">{t("contactsAdd")}</h3>
          <PartnerContactForm action={addAction} />
        </>
      ) : (
        <p className="mt-4 text-slate-700">{t("contactsNotPartner")}</p>
      )}
    </section>
  );
}
