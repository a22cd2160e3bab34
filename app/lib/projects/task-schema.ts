import { z } from "zod";
import { isIsoDate } from "./dates";
import { TASK_KINDS } from "./enums";

/** The schedule task form's schema, shared by the browser and the server; messages are "projects" keys. */
export function createTaskSchema(memberTeryts: readonly string[]) {
  const members = new Set(memberTeryts);
  return z
    .object({
      intent: z.literal("save").default("save"),
      taskId: z.string().uuid().optional(),
      name: z.string({ required_error: "projects:schedule.nameRequired" }).trim().min(1, "projects:schedule.nameRequired").max(200, "projects:validation.tooLong"),
      kind: z.enum(TASK_KINDS, { errorMap: () => ({ message: "projects:validation.choose" }) }),
      start: z.string({ required_error: "projects:schedule.issues.startInvalid" }).refine(isIsoDate, "projects:schedule.issues.startInvalid"),
      end: z.string().optional(),
      responsibleTeryt: z
        .string()
        .optional()
        .refine((v) => !v || members.has(v), "projects:schedule.issues.responsibleNotMember"),
      dependsOn: z.array(z.string().uuid()).optional().default([]),
    })
    .superRefine((v, ctx) => {
      if (v.kind === "task") {
        if (!v.end || !isIsoDate(v.end)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["end"], message: "projects:schedule.issues.endInvalid" });
        else if (v.end < v.start) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["end"], message: "projects:schedule.issues.endBeforeStart" });
      }
      if (v.taskId && v.dependsOn.includes(v.taskId)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["dependsOn"], message: "projects:schedule.issues.selfDependency" });
      }
    });
}
