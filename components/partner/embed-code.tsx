import { getTranslations } from "next-intl/server";
import { CopyTextBlock } from "@/components/copy-text-block";
import { embedSnippet } from "@/lib/embed/embed-snippet";
import type { Locale } from "@/lib/i18n/locales";

type Props = { locale: Locale; venue: { slug: string; name: string }; headingLevel?: "h2" | "h3" };

/** The widget snippet to paste into the church's website. */
export async function EmbedCode({ locale, venue, headingLevel = "h2" }: Props) {
  const t = await getTranslations("Partner");
  return (
    <CopyTextBlock
      id="embed-code"
      heading={t("embedHeading")}
      headingLevel={headingLevel}
      intro={t("embedIntro")}
      label={t("embedLabel")}
      text={embedSnippet({ locale, venue })}
      code
      className="no-print mt-8"
    />
  );
}
