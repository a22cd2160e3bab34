import { z } from "zod";
import { isIsoDate } from "./dates";
import { EVIDENCE_KINDS } from "./maturity";

/** The maturity page's forms, shared by the browser and the server. */
export const evidenceSchema = z.object({
  intent: z.literal("evidence"),
  kind: z.enum(EVIDENCE_KINDS, { errorMap: () => ({ message: "projects:validation.choose" }) }),
  description: z.string({ required_error: "projects:validation.required" }).trim().min(1, "projects:validation.required").max(500, "projects:validation.tooLong"),
  date: z.string({ required_error: "projects:maturity.evidenceIssues.dateInvalid" }).refine(isIsoDate, "projects:maturity.evidenceIssues.dateInvalid"),
  url: z.string().trim().url("projects:maturity.evidenceIssues.linkInvalid").optional(),
  file: z.any().optional(),
});

export const levelSchema = z.object({
  intent: z.literal("level"),
  level: z.coerce.number({ invalid_type_error: "projects:maturity.notALevel" }).int("projects:maturity.notALevel").min(0, "projects:maturity.notALevel").max(5, "projects:maturity.notALevel"),
  note: z.string().trim().max(500, "projects:validation.tooLong").optional().default(""),
});
