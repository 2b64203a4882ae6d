import { z } from "zod";

/** The one field of the outbox's buttons: which message. */
export const outboxEmailIdSchema = z.object({ id: z.string().trim().min(1).max(64) });
