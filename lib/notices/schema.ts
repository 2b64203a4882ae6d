import { z } from "zod";
import { SUPPORTED_LOCALES } from "@/lib/i18n/locales";

export const NOTICE_MODES = ["AT_ONCE", "DIGEST", "OFF"] as const;
export const DIGEST_HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/**
 * The account page's notice settings: how notices reach the person, the
 * hour of their daily digest (Central time; asked for only with a digest,
 * an empty choice then is refused), and the language of their email.
 */
export const noticePreferencesSchema = z
  .object({
    noticeMode: z.enum(NOTICE_MODES, "required"),
    digestHour: z.union([z.literal(""), z.string().regex(/^(1?\d|2[0-3])$/, "invalid")], "invalid"),
    locale: z.enum(SUPPORTED_LOCALES, "required"),
  })
  .superRefine((input, context) => {
    if (input.noticeMode === "DIGEST" && input.digestHour === "")
      context.addIssue({ code: "custom", path: ["digestHour"], message: "required" });
  })
  .transform((input) => ({
    noticeMode: input.noticeMode,
    digestHour: input.digestHour === "" ? null : Number(input.digestHour),
    locale: input.locale,
  }));

export type NoticePreferencesInput = z.output<typeof noticePreferencesSchema>;
