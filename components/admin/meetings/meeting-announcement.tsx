import { getTranslations } from "next-intl/server";
import { CopyTextButton } from "@/components/admin/copy-text-button";
import { meetingAnnouncement } from "@/lib/announcements/meeting-announcement";
import { getMeetingBySlug } from "@/lib/meetings/data";

/** The ready-made bilingual announcement of a meeting, to copy into a bulletin or a WhatsApp group. */
export async function MeetingAnnouncement({ slug }: { slug: string }) {
  const [es, en] = await Promise.all([getMeetingBySlug(slug, "es"), getMeetingBySlug(slug, "en")]);
  if (!es || !en) return null;
  const t = await getTranslations("Announcement");
  const text = meetingAnnouncement({ es, en });
  return (
    <section aria-labelledby="announcement-heading" className="mt-8 rounded-lg border border-slate-300 p-4">
      <h2 id="announcement-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-1">{t("intro")}</p>
      <label htmlFor="announcement-text" className="mt-3 block font-semibold">
        {t("label")}
      </label>
      <textarea
        id="announcement-text"
        readOnly
        rows={Math.min(24, text.split("\n").length + 1)}
        value={text}
        className="mt-1 w-full rounded-md border border-slate-400 p-2 text-base"
      />
      <CopyTextButton targetId="announcement-text" labels={{ copy: t("copy"), copied: t("copied"), failed: t("copyFailed") }} />
    </section>
  );
}
