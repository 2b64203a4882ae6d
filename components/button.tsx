import type { ComponentProps } from "react";

/*
 * The primary button: the one call to action of a form, a list or an error
 * page. A plain element without hooks or "use client", so that a server
 * component renders it as HTML and residents' pages stay free of client
 * JavaScript.
 */

export type ButtonLook = {
  /** The brand's colour, or the blue of residents' forms (a question, a request, "I plan to come"). */
  tone?: "brand" | "blue";
  /** "narrow" beside other controls (filters, attendance taps, a list's "New…" link, an error page), "wide" in the meeting form. */
  width?: "narrow" | "normal" | "wide";
};

const TONES = {
  brand: { background: "bg-brand-800", hover: "hover:bg-brand-900" },
  blue: { background: "bg-blue-800", hover: "hover:bg-blue-900" },
};
const WIDTHS = { narrow: "px-4", normal: "px-5", wide: "px-6" };

/** The primary look's classes, for an element that is not a `<button>` (a link: components/admin/button-link.tsx). */
export function buttonClass({ tone = "brand", width = "normal" }: ButtonLook = {}, dimsWhenDisabled = false): string {
  const { background, hover } = TONES[tone];
  return `min-h-11 rounded-md ${background} ${WIDTHS[width]} font-semibold text-white ${hover}${dimsWhenDisabled ? " disabled:opacity-70" : ""}`;
}

type ButtonProps = ComponentProps<"button"> & ButtonLook & { type: "submit" | "button" };

/**
 * A `<button>` with the primary look. One of the brand's that can be
 * disabled (a staff form waiting for its answer) is dimmed while it is;
 * residents' forms run no JavaScript, so their buttons are never disabled
 * in front of a resident and carry no class for it. `className` adds to the
 * look (text size, margins), never changes it.
 */
export function Button({ tone = "brand", width, className, ...props }: ButtonProps) {
  const look = buttonClass({ tone, width }, tone === "brand" && props.disabled !== undefined);
  return <button {...props} className={className ? `${look} ${className}` : look} />;
}
