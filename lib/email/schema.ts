import { z } from "zod";
import { isRecordId } from "@/lib/db/record-id";

/** The one field of the outbox's buttons: which message (anything not shaped like our ids is "not found", without a query). */
export const outboxEmailIdSchema = z.object({ id: z.string().refine(isRecordId, "notFound") });
