import { getTranslations } from "next-intl/server";
import { CopyTextBlock } from "@/components/copy-text-block";
import { meetingAnnouncement } from "@/lib/announcements/meeting-announcement";
import { getMeetingBySlug } from "@/lib/meetings/data";

/** The ready-made bilingual announcement of a meeting, to copy into a bulletin or a WhatsApp group. */
export async function MeetingAnnouncement({ slug }: { slug: string }) {
  const [es, en] = await Promise.all([getMeetingBySlug(slug, "es"), getMeetingBySlug(slug, "en")]);
  if (!es || !en) return null;
  const t = await getTranslations("Announcement");
  return (
    <CopyTextBlock
      staffPage
      id="announcement-text"
      heading={t("heading")}
      intro={t("intro")}
      label={t("label")}
      text={meetingAnnouncement({ es, en })}
      className="mt-8 rounded-lg border border-slate-300 p-4"
    />
  );
}
