import { getTranslations } from "next-intl/server";
import type { PublicMeeting } from "@/lib/meetings/public-meeting";

type Props = {
  meeting: Pick<
    PublicMeeting,
    "wheelchairAccessible" | "parkingAvailable" | "transitNearby" | "childcareProvided" | "accessibilityNotes"
  >;
};

/** Wheelchair access, parking, transit and childcare, said plainly either way. */
export async function MeetingAccess({ meeting }: Props) {
  const t = await getTranslations("Meeting");
  const items = [
    t(meeting.wheelchairAccessible ? "wheelchair" : "noWheelchair"),
    t(meeting.parkingAvailable ? "parking" : "noParking"),
    // No "no transit" message: its absence says nothing a resident can act on.
    ...(meeting.transitNearby ? [t("transit")] : []),
    t(meeting.childcareProvided ? "childcare" : "noChildcare"),
  ];
  return (
    <section aria-labelledby="meeting-access" className="mt-8">
      <h2 id="meeting-access" className="text-xl font-bold">
        {t("accessibility")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {meeting.accessibilityNotes ? <p className="mt-2 whitespace-pre-line">{meeting.accessibilityNotes}</p> : null}
    </section>
  );
}
