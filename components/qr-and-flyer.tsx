import { getLocale, getTranslations } from "next-intl/server";
import { flyerPath, qrPath, type SharedKind } from "@/lib/sharing/sharing-paths";

/**
 * The page's QR code (this language) with SVG and PNG downloads, and the
 * bilingual flyer to print or download as PDF.
 */
type Props = { kind: SharedKind; slug: string; headingLevel?: "h2" | "h3" };

export async function QrAndFlyer({ kind, slug, headingLevel = "h2" }: Props) {
  const Heading = headingLevel;
  const locale = await getLocale();
  const t = await getTranslations("Share");
  const svg = qrPath(kind, slug, locale, "svg");
  const png = qrPath(kind, slug, locale, "png");
  const linkClass = "inline-flex min-h-11 items-center";
  return (
    <section aria-labelledby="qr-heading" className="no-print mt-8" data-qr>
      <Heading id="qr-heading" className="text-xl font-bold">
        {t("qrHeading")}
      </Heading>
      <div className="mt-2 flex flex-wrap items-start gap-4">
        {/* eslint-disable-next-line @next/next/no-img-element -- a same-origin SVG; next/image would add nothing here. */}
        <img src={svg} alt={t("qrAlt")} width={128} height={128} loading="lazy" className="border border-slate-300" />
        <ul>
          <li>
            <a href={svg} download className={linkClass}>
              {t("qrSvg")}
            </a>
          </li>
          <li>
            <a href={png} download className={linkClass}>
              {t("qrPng")}
            </a>
          </li>
          <li>
            <a href={flyerPath(kind, slug)} className={linkClass}>
              {t("flyerLink")}
            </a>
          </li>
          <li>
            <a href={flyerPath(kind, slug, "pdf")} className={linkClass}>
              {t("flyerPdfLink")}
            </a>
          </li>
        </ul>
      </div>
    </section>
  );
}
