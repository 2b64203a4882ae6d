import { getLocale, getTranslations } from "next-intl/server";

type Props = { spoken: string[]; interpretation: string[] };

/** "Held in Spanish · Interpretation into English" */
export async function MeetingLanguages({ spoken, interpretation }: Props) {
  const t = await getTranslations("Meeting");
  const names = await getTranslations("Languages");
  // "Spanish and English" / "español e inglés"
  const joiner = new Intl.ListFormat(await getLocale(), { type: "conjunction" });
  const list = (codes: string[]) =>
    joiner.format(codes.map((code) => (names.has(code as never) ? names(code as never) : code)));
  return (
    <span>
      {t("heldIn", { languages: list(spoken) })}
      {interpretation.length > 0 ? ` · ${t("interpretation", { languages: list(interpretation) })}` : null}
    </span>
  );
}
