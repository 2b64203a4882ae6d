import { getTranslations } from "next-intl/server";
import { shareLinks, type ShareMessage } from "@/lib/sharing/share-links";
import { externalLinkClass } from "./link-styles";
import { NativeShareButton } from "./native-share-button";
import { UnavailableLink } from "./unavailable-link";

/**
 * Share this page: plain links to WhatsApp, Facebook, a text message or an
 * email, and the address itself to copy. No script, no share counters,
 * nothing loaded from those sites until the visitor taps a link. In the
 * staff preview of a meeting not public yet (`notPublicYet`) the links are
 * shown unavailable, saying why: the address they send answers "page not
 * found" until it is published. The address itself stays, to know it ahead.
 */
export async function ShareLinks({ message, notPublicYet = false }: { message: ShareMessage; notPublicYet?: boolean }) {
  const [t, tPreview] = await Promise.all([getTranslations("Share"), getTranslations("Preview")]);
  const links = shareLinks(message);
  const items = [
    { key: "whatsapp", href: links.whatsapp, label: t("whatsapp") },
    { key: "facebook", href: links.facebook, label: t("facebook") },
    { key: "sms", href: links.sms, label: t("sms") },
    { key: "email", href: links.email, label: t("email") },
  ];
  return (
    <section aria-labelledby="share-heading" className="no-print mt-8" data-share>
      <h2 id="share-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p id="share-intro" className="mt-1">
        {notPublicYet ? tPreview("shareNotPublic") : t("intro")}
      </p>
      <ul className="mt-2 flex flex-wrap gap-3">
        {items.map((item) => (
          <li key={item.key}>
            {notPublicYet ? (
              <UnavailableLink label={item.label} reasonId="share-intro" />
            ) : (
              <a href={item.href} rel="noopener noreferrer" className={externalLinkClass} data-share-link={item.key}>
                {item.label}
              </a>
            )}
          </li>
        ))}
        {notPublicYet ? null : (
          <NativeShareButton label={t("native")} title={message.subject} text={message.text} url={message.url} />
        )}
      </ul>
      <p className="mt-3">
        <label htmlFor="share-url" className="block font-semibold">
          {t("copyLabel")}
        </label>
        <input
          id="share-url"
          type="url"
          readOnly
          value={message.url}
          className="mt-1 min-h-11 w-full rounded-md border border-slate-400 px-3 py-2 text-base"
        />
      </p>
    </section>
  );
}
