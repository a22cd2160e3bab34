/** Input schemas of the selection pages, shared by the browser (Conform) and the server. Messages are i18n keys. */
import { z } from "zod";
import { email } from "../auth/forms";
import { newPassword } from "../auth/password-forms";
import { parseTeryt } from "../teryt";
import { AREA_TYPES, type AreaType } from "./enums";

const text = (max: number) => z.string().trim().max(max, "selection:validation.tooLong").optional().default("");
const isoDate = z.string({ required_error: "selection:validation.dateRequired" }).regex(/^\d{4}-\d{2}-\d{2}$/, "selection:validation.dateRequired");

export const registerSchema = z
  .object({
    name: z.string({ required_error: "auth:validation.nameRequired" }).trim().min(2, "auth:validation.nameRequired").max(120, "auth:validation.nameTooLong"),
    email,
    password: newPassword,
    confirm: z.string({ required_error: "auth:validation.confirmRequired" }),
  })
  .refine((v) => v.password === v.confirm, { message: "auth:validation.confirmMismatch", path: ["confirm"] });

export const callSchema = z
  .object({
    intent: z.enum(["create", "update"]),
    name: z.string({ required_error: "selection:validation.nameRequired" }).trim().min(3, "selection:validation.nameRequired").max(200, "selection:validation.tooLong"),
    formsDeadline: isoDate,
    recommendationsDeadline: isoDate,
    announcementDate: isoDate,
    cap: z.coerce.number({ invalid_type_error: "selection:validation.cap" }).int("selection:validation.cap").min(1, "selection:validation.cap").max(10, "selection:validation.cap"),
  })
  .refine((v) => v.formsDeadline <= v.recommendationsDeadline && v.recommendationsDeadline <= v.announcementDate, {
    message: "selection:validation.deadlinesOrder",
    path: ["announcementDate"],
  });

export const newFormSchema = z.object({
  intent: z.literal("newForm"),
  callId: z.string().uuid(),
  voivodeshipTeryt: z.string({ required_error: "selection:validation.voivodeshipRequired" }).refine((v) => parseTeryt(v)?.level === "voivodeship", "selection:validation.voivodeshipRequired"),
  name: z.string({ required_error: "selection:validation.nameRequired" }).trim().min(3, "selection:validation.nameRequired").max(200, "selection:validation.tooLong"),
});

export const formSchema = z.object({
  intent: z.enum(["save", "submit"]),
  name: z.string({ required_error: "selection:validation.nameRequired" }).trim().min(3, "selection:validation.nameRequired").max(200, "selection:validation.tooLong"),
  memberTeryts: z.array(z.string().regex(/^\d{4}(\d{3})?$/)).max(200).optional().default([]),
  leadTeryt: z.string().regex(/^\d{4}(\d{3})?$/).optional(),
  areaType: z.enum(AREA_TYPES).optional(),
  idea: text(8000),
  functionalLinks: text(8000),
  priorCooperation: text(8000),
  declarations: z.array(z.string().regex(/^f\d$/)).max(20).optional().default([]),
  coordinatorName: text(120),
  coordinatorEmail: z.union([z.literal(""), email]).optional().default(""),
});
export type FormInput = z.infer<typeof formSchema>;

/** An information form's values, as stored and as the form shows them. */
export interface InfoFormValues {
  name: string;
  memberTeryts: string[];
  leadTeryt: string | null;
  areaType: AreaType | null;
  idea: string;
  functionalLinks: string;
  priorCooperation: string;
  declarations: string[];
  coordinatorName: string;
  coordinatorEmail: string;
}
