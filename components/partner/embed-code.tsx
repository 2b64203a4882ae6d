import { getTranslations } from "next-intl/server";
import { embedSnippet } from "@/lib/embed/embed-snippet";
import type { Locale } from "@/lib/i18n/locales";

type Props = { locale: Locale; venue: { slug: string; name: string }; headingLevel?: "h2" | "h3" };

/** The widget snippet in a read-only box: select, copy, paste into the church's website. No script needed. */
export async function EmbedCode({ locale, venue, headingLevel = "h2" }: Props) {
  const Heading = headingLevel;
  const t = await getTranslations("Partner");
  const snippet = embedSnippet({ locale, venue });
  return (
    <section aria-labelledby="partner-embed" className="no-print mt-8">
      <Heading id="partner-embed" className="text-xl font-bold">
        {t("embedHeading")}
      </Heading>
      <p className="mt-1">{t("embedIntro")}</p>
      <label htmlFor="embed-code" className="mt-2 block font-semibold">
        {t("embedLabel")}
      </label>
      <textarea
        id="embed-code"
        readOnly
        rows={5}
        value={snippet}
        className="mt-1 w-full rounded-md border border-slate-400 p-2 font-mono text-sm"
      />
    </section>
  );
}
