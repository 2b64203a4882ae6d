import { externalLinkClass } from "./link-styles";

/** Looks like the link it stands for, greyed and dashed, with the reason in words beside it (never by colour alone). */
const unavailableClass = `${externalLinkClass} cursor-not-allowed border-dashed border-slate-500 text-slate-700 hover:bg-transparent`;

/**
 * A link that would not work yet (a meeting not public: its calendar file
 * and shared address answer "page not found"), in the link's place: no
 * address to follow, announced as an unavailable link, and described by the
 * sentence that says why (`reasonId`).
 */
export function UnavailableLink({ label, reasonId }: { label: string; reasonId: string }) {
  return (
    <a role="link" aria-disabled="true" aria-describedby={reasonId} className={unavailableClass}>
      {label}
    </a>
  );
}
