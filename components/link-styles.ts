/** A link that looks like a button: directions, calendar and share links. */
export const externalLinkClass =
  "inline-flex min-h-11 items-center rounded-md border border-brand-700 px-3 py-2 font-semibold no-underline hover:bg-brand-50";
