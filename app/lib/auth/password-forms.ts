import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "./forms";

/**
 * The schemas of the forms that set a password, shared by the browser (instant feedback through Conform) and the
 * server (the truth). Messages are translation keys of the "auth" namespace; the page translates them.
 */
export const MIN_PASSWORD_LENGTH = 12;

const COMMON_PASSWORDS: ReadonlySet<string> = new Set(dictionary["passwords-common"]);

/** True when the password (case-insensitively) is on the list of common passwords. */
export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}


export const newPassword = z
  .string({ required_error: "auth:validation.passwordRequired" })
  .min(MIN_PASSWORD_LENGTH, "auth:validation.passwordTooShort")
  .max(MAX_PASSWORD_LENGTH, "auth:validation.passwordTooLong")
  .refine((value) => !isCommonPassword(value), "auth:validation.passwordCommon");

const name = z
  .string({ required_error: "auth:validation.nameRequired" })
  .trim()
  .min(2, "auth:validation.nameRequired")
  .max(120, "auth:validation.nameTooLong");

function withConfirmation<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, password: newPassword, confirm: z.string({ required_error: "auth:validation.confirmRequired" }) })
    .refine((v) => v.password === v.confirm, { message: "auth:validation.confirmMismatch", path: ["confirm"] });
}

export const resetPasswordSchema = withConfirmation({});

export const acceptInvitationNewAccountSchema = withConfirmation({ name });

export const profileSchema = z.object({ intent: z.literal("profile"), name });

export const changePasswordSchema = z
  .object({
    intent: z.literal("password"),
    current: z.string({ required_error: "auth:validation.currentRequired" }),
    password: newPassword,
    confirm: z.string({ required_error: "auth:validation.confirmRequired" }),
  })
  .refine((v) => v.password === v.confirm, { message: "auth:validation.confirmMismatch", path: ["confirm"] });
