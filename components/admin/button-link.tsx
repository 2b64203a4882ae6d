import type { ComponentProps } from "react";
import { buttonClass } from "@/components/button";
import { Link } from "@/lib/i18n/navigation";

// Laid out like a button, without a link's underline and hover colour.
const LINK_AS_BUTTON = `inline-flex items-center no-underline hover:text-white ${buttonClass({ width: "narrow" })}`;

/** A staff page's link with the primary button's look: a list's "New…". */
export function ButtonLink(props: Omit<ComponentProps<typeof Link>, "className">) {
  return <Link {...props} className={LINK_AS_BUTTON} />;
}
