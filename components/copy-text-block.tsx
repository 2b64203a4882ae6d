import { getTranslations } from "next-intl/server";
import { CopyTextButton } from "@/components/copy-text-button";
import { PlainCopyButton } from "@/components/plain-copy-button";

type Props = {
  /** The text field's id; the heading's id is derived from it. */
  id: string;
  heading: string;
  headingLevel?: "h2" | "h3";
  intro: string;
  label: string;
  text: string;
  /** Code keeps its lines in a fixed-width font; prose reads better in the page's own. */
  code?: boolean;
  /** On a staff page the framework runs, and the button is a React one; residents' pages have no framework script. */
  staffPage?: boolean;
  className?: string;
};

/**
 * Ready-made text to paste elsewhere (a bulletin announcement, a website
 * snippet): a read-only field anyone can select by hand, and a copy button
 * once scripts run.
 */
export async function CopyTextBlock({
  id,
  heading,
  headingLevel = "h2",
  intro,
  label,
  text,
  code = false,
  className = "",
  staffPage = false,
}: Props) {
  const Heading = headingLevel;
  const t = await getTranslations("CopyText");
  const labels = { copy: t("copy"), copied: t("copied"), failed: t("failed") };
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <Heading id={`${id}-heading`} className="text-xl font-bold">
        {heading}
      </Heading>
      <p className="mt-1">{intro}</p>
      <label htmlFor={id} className="mt-3 block font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        rows={Math.max(5, Math.min(24, text.split("\n").length + 1))}
        value={text}
        className={`mt-1 w-full rounded-md border border-slate-400 p-2 ${code ? "font-mono text-sm" : "text-base"}`}
      />
      {staffPage ? <CopyTextButton targetId={id} labels={labels} /> : <PlainCopyButton targetId={id} labels={labels} />}
    </section>
  );
}
