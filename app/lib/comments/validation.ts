/**
 * Input rules for comments, shared by the browser (instant feedback) and the server (the truth).
 * Error messages are i18n keys of the "comments" namespace.
 */
import { z } from "zod";
import { DECISIONS } from "../enums";

export { DECISIONS, type Decision } from "../enums";

export const MAX_BODY = 5000;
export const MAX_QUOTE = 2000;
export const MAX_ANSWER = 10000;

const body = z
  .string({ required_error: "errors.bodyRequired", invalid_type_error: "errors.bodyRequired" })
  .trim()
  .min(1, "errors.bodyRequired")
  .max(MAX_BODY, "errors.bodyTooLong");

const anchor = z.string().max(400, "errors.badAnchor").regex(/^[A-Za-z0-9+/]+={0,2}$/, "errors.badAnchor");

export const createThreadSchema = z.object({
  field: z.string({ required_error: "errors.badField" }).min(1, "errors.badField").max(64, "errors.badField"),
  anchorStart: anchor.nullable().optional(),
  anchorEnd: anchor.nullable().optional(),
  quote: z.string().max(MAX_QUOTE, "errors.quoteTooLong").default(""),
  body,
  justification: z.string().trim().max(MAX_BODY, "errors.bodyTooLong").default(""),
});
export type CreateThreadInput = z.infer<typeof createThreadSchema>;

export const replySchema = z.object({ body });
export const editSchema = z.object({ body });
export const decideSchema = z.object({
  answer: z.string().trim().max(MAX_ANSWER, "errors.bodyTooLong").default(""),
  decision: z.enum(DECISIONS, { errorMap: () => ({ message: "errors.badDecision" }) }).nullable(),
});
export type DecideInput = z.infer<typeof decideSchema>;

/** The first message of a failed parse (an i18n key). */
export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? "errors.badRequest";
}
