/**
 * Input rules for comments, shared by the browser (instant feedback) and the server (the truth).
 * Error messages are i18n keys of the "comments" namespace.
 */
import { z } from "zod";
import { DECISIONS } from "../enums";
import { uuid } from "../ids";

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
  // "" or absent (a form's "— none —") means no decision.
  decision: z
    .enum(DECISIONS, { errorMap: () => ({ message: "errors.badDecision" }) })
    .nullish()
    .transform((value) => value ?? null),
});
export type DecideInput = z.infer<typeof decideSchema>;

const id = uuid();

/** Every change to the trail, by intent: the sidebar's forms and the JSON API send the same fields. */
export const commandSchemas = {
  create: createThreadSchema,
  reply: replySchema.extend({ threadId: id }),
  resolve: z.object({ threadId: id }),
  reopen: z.object({ threadId: id }),
  edit: editSchema.extend({ commentId: id }),
  delete: z.object({ commentId: id }),
  decide: decideSchema.extend({ threadId: id }),
  read: z.object({ threadId: id }),
} as const;
export type CommentIntent = keyof typeof commandSchemas;
export type CommentCommand = { [K in CommentIntent]: { intent: K } & z.infer<(typeof commandSchemas)[K]> }[CommentIntent];

export function isCommentIntent(value: unknown): value is CommentIntent {
  return typeof value === "string" && Object.hasOwn(commandSchemas, value);
}

/** The first message of a failed parse (an i18n key). */
export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? "errors.badRequest";
}

/** A parsed input with its intent, as one command (the schema was chosen by the intent). */
export function toCommand<K extends CommentIntent>(intent: K, input: z.infer<(typeof commandSchemas)[K]>): CommentCommand {
  return { intent, ...input } as CommentCommand;
}
