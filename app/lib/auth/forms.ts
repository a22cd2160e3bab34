import { z } from "zod";
import { representedUnit } from "../members/rules";
import { PARTNERSHIP_ROLES } from "../policy";

/**
 * Schemas of the forms that set no password, shared by the browser (Conform) and the server. Messages are
 * translation keys of the "auth" namespace. Password forms live in password-forms.ts, which carries the
 * common-password dictionary: pages without a new password do not download it.
 */
export const MAX_PASSWORD_LENGTH = 256;

export const email = z
  .string({ required_error: "auth:validation.emailRequired" })
  .trim()
  .toLowerCase()
  .max(254, "auth:validation.emailInvalid")
  .email("auth:validation.emailInvalid");

export const loginSchema = z.object({
  email,
  password: z.string({ required_error: "auth:validation.passwordRequired" }).max(MAX_PASSWORD_LENGTH),
  redirectTo: z.string().optional(),
});

export const resetRequestSchema = z.object({ email });

export const inviteSchema = z
  .object({
    intent: z.literal("invite"),
    email,
    role: z.enum(PARTNERSHIP_ROLES, {
      errorMap: () => ({ message: "auth:validation.roleRequired" }),
    }),
    representedTeryt: z.string().optional(),
    workingGroupIds: z.array(z.string().uuid()).optional(),
  })
  .refine((v) => representedUnit(v.role, v.representedTeryt) !== false, {
    message: "auth:validation.representedRequired",
    path: ["representedTeryt"],
  });
