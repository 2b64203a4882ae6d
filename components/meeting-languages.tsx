import { getLocale } from "next-intl/server";
import { meetingLanguagesText } from "@/lib/meetings/languages-text";

type Props = { spoken: string[]; interpretation: string[] };

/** "Held in Spanish · Interpretation into English" */
export async function MeetingLanguages({ spoken, interpretation }: Props) {
  return <span>{meetingLanguagesText(spoken, interpretation, await getLocale())}</span>;
}
