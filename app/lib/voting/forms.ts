/**
 * Input schemas of the voting forms and the ballot API, shared by the browser (Conform) and the server.
 * Messages are keys of the "voting" namespace. Pure.
 */
import { z } from "zod";
import { POLL_METHODS } from "../enums";
import { isUuid } from "../ids";
import { isLocalDate, isLocalTime, warsawInstant } from "../sessions/time";
import { SCORE_MAX, SCORE_MIN } from "./tally";

const localDate = z.string().refine(isLocalDate, "voting:validation.dateInvalid").optional();
const localTime = z.string().refine(isLocalTime, "voting:validation.timeInvalid").optional();

/** The instant of an optional Warsaw date + time pair: undefined when both are empty, null when invalid. */
export function pairInstant(date: string | undefined, time: string | undefined): Date | null | undefined {
  if (!date && !time) return undefined;
  if (!date || !time) return null;
  return warsawInstant(date, time);
}

export const pollFormSchema = z
  .object({
    title: z
      .string({ required_error: "voting:validation.titleRequired" })
      .trim()
      .min(1, "voting:validation.titleRequired")
      .max(200, "voting:validation.titleTooLong"),
    description: z.string().trim().max(5000, "voting:validation.descriptionTooLong").optional(),
    method: z.enum(POLL_METHODS, { errorMap: () => ({ message: "voting:validation.methodRequired" }) }),
    secret: z.boolean().optional(),
    liveResults: z.boolean().optional(),
    /** Percent: more than this share of the eligible must vote. */
    quorumPercent: z
      .number({ required_error: "voting:validation.quorumRange", invalid_type_error: "voting:validation.quorumRange" })
      .int("voting:validation.quorumRange")
      .min(0, "voting:validation.quorumRange")
      .max(99, "voting:validation.quorumRange"),
    opensDate: localDate,
    opensTime: localTime,
    closesDate: localDate,
    closesTime: localTime,
    candidates: z
      .array(z.string().refine(isUuid, "voting:validation.candidatesInvalid"), { required_error: "voting:validation.candidatesMin" })
      .min(2, "voting:validation.candidatesMin")
      .max(20, "voting:validation.candidatesMax"),
  })
  .superRefine((v, ctx) => {
    const opens = pairInstant(v.opensDate, v.opensTime);
    const closes = pairInstant(v.closesDate, v.closesTime);
    if (opens === null) ctx.addIssue({ code: "custom", path: ["opensTime"], message: "voting:validation.timeInvalid" });
    if (closes === null) ctx.addIssue({ code: "custom", path: ["closesTime"], message: "voting:validation.timeInvalid" });
    if (opens && closes && opens >= closes) ctx.addIssue({ code: "custom", path: ["closesDate"], message: "voting:validation.closesBeforeOpens" });
    if (v.secret && v.liveResults) ctx.addIssue({ code: "custom", path: ["liveResults"], message: "voting:validation.secretNotLive" });
    if (new Set(v.candidates).size !== v.candidates.length) ctx.addIssue({ code: "custom", path: ["candidates"], message: "voting:validation.candidatesInvalid" });
  });
export type PollFormInput = z.infer<typeof pollFormSchema>;

/** The ballot form of the page: a choice, or one score field per candidate (`score.<id>`), and a receipt to change a secret ballot. */
export const ballotFormSchema = z.object({
  choice: z.string().optional(),
  // Conform does not coerce the values of a record: coerce here ("3" → 3).
  score: z.record(z.string(), z.coerce.number().int().min(SCORE_MIN).max(SCORE_MAX)).optional(),
  receipt: z.string().trim().max(40).optional(),
});

/** The ballot of the API: `{ "choice": id }` or `{ "scores": { id: 0..5 } }`, with `receipt` to change a secret ballot. */
export const ballotApiSchema = z
  .object({
    choice: z.string().optional(),
    scores: z.record(z.string(), z.number()).optional(),
    receipt: z.string().max(40).optional(),
  })
  .strict();

/** Receipts: ten characters of Crockford's base32 shown as XXXXX-XXXXX; typed in any case, dashes optional. */
export function normaliseReceipt(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const plain = value.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : undefined;
}
