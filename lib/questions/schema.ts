import { z } from "zod";
import { isPlainText } from "@/lib/text/plain-text";

/** Length limits, shared by the forms' maxLength attributes, the server check and the columns. */
export const QUESTION_LIMITS = { text: 1000, answer: 4000 } as const;

export const QUESTION_STATUSES = ["NEW", "ANSWERED", "PUBLISHED"] as const;

const requiredText = (max: number) =>
  z.string().trim().min(1, "required").max(max, "tooLong").refine(isPlainText, "invalid").prefault("");

/** The public question form, as posted; the same schema checks it in the browser and on the server. */
export const questionSchema = z.object({ text: requiredText(QUESTION_LIMITS.text) });

export type QuestionInput = z.infer<typeof questionSchema>;

/** Staff: the answer, in both languages (residents read it in theirs). */
export const answerSchema = z.object({
  answerEn: requiredText(QUESTION_LIMITS.answer),
  answerEs: requiredText(QUESTION_LIMITS.answer),
});

export type AnswerInput = z.infer<typeof answerSchema>;

/** Staff: deleting a question asks for a ticked box, so a slip of the finger loses nothing. */
export const deleteQuestionSchema = z.object({
  confirm: z
    .string()
    .prefault("")
    .refine((value) => value === "yes", "confirmDelete"),
});
