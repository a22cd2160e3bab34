import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";
import { PARTNERSHIP_ROLES } from "../policy";

/**
 * The form schemas of the account pages, shared by the browser (instant feedback through Conform) and the
 * server (the truth). Messages are translation keys of the "auth" namespace; the page translates them.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const COMMON_PASSWORDS: ReadonlySet<string> = new Set(dictionary["passwords-common"]);

/** True when the password (case-insensitively) is on the list of common passwords. */
export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}

const email = z
  .string({ required_error: "auth:validation.emailRequired" })
  .trim()
  .toLowerCase()
  .max(254, "auth:validation.emailInvalid")
  .email("auth:validation.emailInvalid");

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

export const loginSchema = z.object({
  email,
  password: z.string({ required_error: "auth:validation.passwordRequired" }).max(MAX_PASSWORD_LENGTH),
  redirectTo: z.string().optional(),
});

export const resetRequestSchema = z.object({ email });

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

export const inviteSchema = z
  .object({
    intent: z.literal("invite"),
    email,
    role: z.enum(PARTNERSHIP_ROLES as [string, ...string[]], {
      errorMap: () => ({ message: "auth:validation.roleRequired" }),
    }),
    representedTeryt: z.string().optional(),
    workingGroupIds: z.array(z.string().uuid()).optional(),
  })
  .refine((v) => v.role !== "council_member" || !!v.representedTeryt, {
    message: "auth:validation.representedRequired",
    path: ["representedTeryt"],
  });
