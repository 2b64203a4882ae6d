/**
 * The public forms' honeypot: a field people never see (hidden by CSS,
 * labelled "leave empty"); a bot that fills it is answered as if accepted
 * and nothing is stored.
 */
export const HONEYPOT_FIELD = "website";

/** Whether a posted form filled the honeypot. */
export function honeypotFilled(raw: Record<string, unknown>): boolean {
  const trap = raw[HONEYPOT_FIELD];
  return typeof trap === "string" && trap.trim() !== "";
}
