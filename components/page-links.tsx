import { LocaleLink } from "@/components/locale-link";
import type { PageHref } from "@/lib/i18n/paths";

type Neighbour = { href: PageHref; text: string } | null;

/** "Page 2 of 5" with links to the neighbouring pages: plain links, no script. */
export function PageLinks({
  label,
  position,
  previous,
  next,
}: {
  label: string;
  position: string;
  previous: Neighbour;
  next: Neighbour;
}) {
  return (
    <nav aria-label={label} className="mt-8 text-lg">
      <p>{position}</p>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {previous ? (
          <li>
            <LocaleLink href={previous.href} rel="prev" className="inline-flex min-h-11 items-center gap-1">
              <span aria-hidden="true">←</span>
              {previous.text}
            </LocaleLink>
          </li>
        ) : null}
        {next ? (
          <li className="ml-auto">
            <LocaleLink href={next.href} rel="next" className="inline-flex min-h-11 items-center gap-1">
              {next.text}
              <span aria-hidden="true">→</span>
            </LocaleLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
