/** The publishing page's and the accessibility request form's schemas (shared by browser and server). */
import { z } from "zod";
import { PUBLICATION_KINDS } from "../enums";

const uuid = z.string().uuid();

export const manageSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("publish"), kind: z.enum(PUBLICATION_KINDS), subjectId: uuid.optional(), sourceId: uuid.optional() }),
  z.object({ intent: z.literal("unpublish"), publicationId: uuid }),
  z.object({ intent: z.literal("handled"), requestId: uuid }),
]);

const required = (max: number) =>
  z
    .string({ required_error: "publication:request.errors.required" })
    .trim()
    .min(1, "publication:request.errors.required")
    .max(max, "publication:request.errors.tooLong");
const optional = (max: number) => z.string().trim().max(max, "publication:request.errors.tooLong").optional().default("");

export const accessibilityRequestSchema = z.object({
  name: required(200),
  contact: required(200),
  partnership: z.string({ required_error: "publication:request.errors.partnership" }).min(1, "publication:request.errors.partnership").max(100),
  pageUrl: optional(500),
  description: required(5000),
  preferredMeans: optional(1000),
});
export type AccessibilityRequestInput = z.infer<typeof accessibilityRequestSchema>;

/** The statutory deadline: the body answers within 7 days of the request (art. 18 of the 2019 act). */
export const ACCESSIBILITY_DEADLINE_DAYS = 7;
export function accessibilityDueAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + ACCESSIBILITY_DEADLINE_DAYS * 24 * 60 * 60 * 1000);
}
