import { z } from "zod";
import { isPlainText } from "@/lib/text/plain-text";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "./password-policy";

/** The sign-in form. Its errors say only what is missing: whether an account exists is never told. */
export const signInSchema = z.object({
  email: z.string().trim().min(1, "required").max(254, "signInRefused").refine(isPlainText, "signInRefused"),
  password: z.string().min(1, "required").max(PASSWORD_MAX_LENGTH, "signInRefused"),
});

/** A new password, by the same policy for a new account and a changed password. */
export const newPasswordField = z.string().superRefine((password, context) => {
  const problem = passwordProblem(password);
  if (problem) context.addIssue({ code: "custom", message: `password${problem[0]!.toUpperCase()}${problem.slice(1)}` });
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "required").max(PASSWORD_MAX_LENGTH, "wrongPassword"),
    newPassword: newPasswordField,
    confirmPassword: z.string(),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    path: ["confirmPassword"],
    message: "passwordMismatch",
  });

/** Password fields are never sent back to the page. */
export const SIGN_IN_SHAPE = { secret: ["password"] } as const;
export const CHANGE_PASSWORD_SHAPE = { secret: ["currentPassword", "newPassword", "confirmPassword"] } as const;

/** "Forgot your password?": the address to send a reset link to. */
export const forgotPasswordSchema = z.object({
  email: z.string().trim().min(1, "required").max(254, "invalidEmail").pipe(z.email("invalidEmail")),
});

/** What better-auth's reset tokens look like; anything else is no link of ours, refused before any lookup. */
export const RESET_TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,200}$/;

/** A new password chosen through a reset link (its token in a hidden field), by the same policy. */
export const resetPasswordSchema = z
  .object({
    token: z.string().regex(RESET_TOKEN_SHAPE, "resetLinkInvalid"),
    newPassword: newPasswordField,
    confirmPassword: z.string(),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    path: ["confirmPassword"],
    message: "passwordMismatch",
  });

export const RESET_PASSWORD_SHAPE = { secret: ["newPassword", "confirmPassword"] } as const;
