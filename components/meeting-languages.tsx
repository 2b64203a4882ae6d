import { getTranslations } from "next-intl/server";

type Props = { spoken: string[]; interpretation: string[] };

/** "Held in Spanish · Interpretation into English" */
export async function MeetingLanguages({ spoken, interpretation }: Props) {
  const t = await getTranslations("Meeting");
  const names = await getTranslations("Languages");
  const list = (codes: string[]) =>
    codes.map((code) => (names.has(code as never) ? names(code as never) : code)).join(", ");
  return (
    <span>
      {t("heldIn", { languages: list(spoken) })}
      {interpretation.length > 0 ? ` · ${t("interpretation", { languages: list(interpretation) })}` : null}
    </span>
  );
}
