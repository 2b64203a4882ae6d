import { getTranslations } from "next-intl/server";
import { directionsLinks, type DirectionsProvider } from "@/lib/venues/directions-links";
import { externalLinkClass } from "./link-styles";

const LABEL_KEYS = {
  google: "directionsGoogle",
  apple: "directionsApple",
  osm: "directionsOsm",
} as const satisfies Record<DirectionsProvider, string>;

/** Links out to map services; no embedded map, so the page makes no third-party request. */
export async function DirectionsLinks({ address }: { address: string }) {
  const t = await getTranslations("Meeting");
  return (
    <section aria-labelledby="meeting-directions" className="no-print mt-8">
      <h2 id="meeting-directions" className="text-xl font-bold">
        {t("directions")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-3">
        {directionsLinks(address).map(({ provider, url }) => (
          <li key={provider}>
            {/* noreferrer: the map service is not told which meeting page the visitor came from. */}
            <a href={url} rel="noopener noreferrer" className={externalLinkClass}>
              {t(LABEL_KEYS[provider])}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-700">{t("directionsNote")}</p>
    </section>
  );
}
