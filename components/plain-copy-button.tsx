export type CopyButtonProps = { targetId: string; labels: { copy: string; copied: string; failed: string } };

// Both copy buttons' look (this one and CopyTextButton, the staff pages' React one).
export const COPY_BUTTON_CLASS =
  "min-h-11 rounded-md bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-700";

/**
 * CopyTextButton for residents' pages, which run no framework JavaScript:
 * rendered hidden, and shown and wired by the page's enhancement script
 * (components/page-enhancements.tsx) where the browser has a clipboard.
 */
export function PlainCopyButton({ targetId, labels }: CopyButtonProps) {
  return (
    <p
      hidden
      className="mt-2 flex flex-wrap items-center gap-3"
      data-copy-for={targetId}
      data-copied={labels.copied}
      data-failed={labels.failed}
    >
      <button type="button" className={COPY_BUTTON_CLASS}>
        {labels.copy}
      </button>
      <span role="status" />
    </p>
  );
}
