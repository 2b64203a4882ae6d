import { getTranslations } from "next-intl/server";
import type { OutboxEmailView } from "@/lib/email/data";

/**
 * What a message says, as sent: its plain text, and its HTML in a frame
 * that can run nothing (the `sandbox` attribute here, and the route's own
 * `Content-Security-Policy: sandbox; default-src 'none'`), with a link to
 * open it alone. Or why there is nothing to show.
 */
export async function EmailBody({ email }: { email: OutboxEmailView }) {
  const t = await getTranslations("OutboxAdmin");
  const reason = email.contentRemovedAt
    ? t("contentRemoved")
    : email.secretWithheld
      ? t("secretWithheld")
      : email.text === null
        ? t("notWrittenYet")
        : null;
  if (reason) {
    return (
      <section aria-labelledby="email-content" className="mt-6">
        <h2 id="email-content" className="text-xl font-bold">
          {t("content")}
        </h2>
        <p className="mt-2">{reason}</p>
      </section>
    );
  }
  const htmlPath = `/api/outbox/${encodeURIComponent(email.id)}`;
  return (
    <>
      <section aria-labelledby="email-text" className="mt-6">
        <h2 id="email-text" className="text-xl font-bold">
          {t("textPart")}
        </h2>
        <pre className="mt-2 rounded-md border border-slate-300 bg-slate-50 p-3 font-sans wrap-anywhere whitespace-pre-wrap">
          {email.text}
        </pre>
      </section>
      {email.html ? (
        <section aria-labelledby="email-html" className="mt-6">
          <h2 id="email-html" className="text-xl font-bold">
            {t("htmlPart")}
          </h2>
          <iframe
            sandbox=""
            src={htmlPath}
            title={t("htmlFrameTitle")}
            lang={email.locale}
            className="mt-2 h-[36rem] w-full rounded-md border border-slate-300"
          />
          <p className="mt-2">
            <a href={htmlPath} className="inline-flex min-h-11 items-center" hrefLang={email.locale}>
              {t("openHtml")}
            </a>
          </p>
        </section>
      ) : null}
    </>
  );
}
