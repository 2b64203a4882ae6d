import "server-only";
import type { z } from "zod";
import type { Permission, StaffUser } from "@/lib/auth/roles";
import { authorize } from "@/lib/auth/session";
import { formWithErrors } from "@/lib/commands/outcome";
import { isDatabaseUnavailable } from "@/lib/db/availability";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { logStaffAction } from "@/lib/logging/staff-action";
import {
  echoedValues,
  formDataToValues,
  toFieldErrors,
  type FormShape,
  type FormState,
  type FormValues,
} from "./form-state";
import { leaveWithoutScript } from "./signed-out";

type Work<Input, User> = (context: {
  locale: Locale;
  user: User;
  input: Input;
  values: FormValues;
}) => Promise<FormState>;

type Options<Schema extends z.ZodType | null, Need extends Permission | null> = {
  /** For the log: "venue.save", "auth.sign-in"… */
  action: string;
  /** Who may post; null for the sign-in form, which anyone may post. */
  permission: Need;
  /** Checked before the work runs; the browser checks the same schema before posting. */
  schema: Schema;
  shape?: FormShape;
};

/**
 * The one path every form posts through (a plain form post, with or
 * without JavaScript), staff forms and residents' alike (a residents' form
 * has no permission): it reads the form, checks the session and role on the
 * server (a post after the session ended keeps what was typed with
 * JavaScript, and goes to the sign-in page without: lib/forms/signed-out.ts),
 * checks the input with the form's schema, runs the work, and turns
 * an unreachable database (a restart, a failover) into "nothing was saved,
 * try again" with everything typed still in the form, instead of the error
 * page, which would lose it. A successful save ends in a redirect thrown by
 * the work, which passes through; any other error is a bug and passes too.
 */
export async function runFormAction<Schema extends z.ZodType | null, Need extends Permission | null>(
  rawLocale: unknown,
  formData: FormData,
  options: Options<Schema, Need>,
  work: Work<Schema extends z.ZodType ? z.output<Schema> : FormValues, Need extends Permission ? StaffUser : null>,
): Promise<FormState> {
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "es";
  const posted = formDataToValues(formData, options.shape);
  const values = echoedValues(posted, options.shape);
  let user: StaffUser | null = null;
  try {
    if (options.permission) {
      const authorization = await authorize(options.permission);
      if (!authorization.ok) {
        await leaveWithoutScript(authorization.reason, locale);
        const key = authorization.reason === "forbidden" ? "notAllowed" : authorization.reason;
        return formWithErrors(values, "refused", { form: { key } });
      }
      user = authorization.user;
    }
    let input: unknown = posted;
    if (options.schema) {
      const parsed = options.schema.safeParse(posted);
      if (!parsed.success) return formWithErrors(values, "invalid", toFieldErrors(parsed.error));
      input = parsed.data;
    }
    return await work({ locale, user: user as never, input: input as never, values });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logStaffAction({
      action: options.action,
      staffUserId: user?.id ?? null,
      outcome: "failed",
      reason: "databaseUnavailable",
    });
    return formWithErrors(values, "failed", { form: { key: "saveFailed" } });
  }
}
