/** Information forms: drafts, members checked against the register, attachments by content, submission. */
import { and, asc, desc, eq } from "drizzle-orm";
import type { Db, Queryable } from "../../../db/client";
import { selectionAttachments, selectionCalls, selectionForms, users } from "../../../db/schema";
import { isUuid } from "../ids";
import type { ApplicationResource } from "../policy";
import { detectAttachmentType, safeFileName } from "../projects/attachments.server";
import { voivodeshipRegister } from "./calls.server";
import { formalCriteria } from "./criteria";
import type { AttachmentKind } from "./enums";
import type { InfoFormValues } from "./form-schema";
import { formRefusal, memberProblems, type MemberProblem } from "./rules";

export type FormRow = typeof selectionForms.$inferSelect;

export function applicationResource(form: Pick<FormRow, "applicantId" | "voivodeshipTeryt" | "status" | "partnershipId">): ApplicationResource {
  return {
    type: "application",
    applicantUserId: form.applicantId,
    voivodeshipTeryt: form.voivodeshipTeryt,
    submitted: form.status === "submitted",
    partnershipId: form.partnershipId,
  };
}

/** The guard's loader for a form page: the form, its call and the applicant's name. */
export async function loadForm(db: Db, formId: string | undefined) {
  if (!formId || !isUuid(formId)) return null;
  const [row] = await db
    .select({ form: selectionForms, call: selectionCalls, applicantName: users.name, applicantEmail: users.email })
    .from(selectionForms)
    .innerJoin(selectionCalls, eq(selectionCalls.id, selectionForms.callId))
    .innerJoin(users, eq(users.id, selectionForms.applicantId))
    .where(eq(selectionForms.id, formId));
  return row ? { resource: applicationResource(row.form), ...row } : null;
}

export async function createForm(
  db: Queryable,
  input: { callId: string; applicantId: string; voivodeshipTeryt: string; name: string; coordinatorName: string; coordinatorEmail: string },
): Promise<FormRow> {
  const [row] = await db.insert(selectionForms).values(input).returning();
  return row;
}

export type FormValues = InfoFormValues;

export type SaveResult =
  | { status: "saved" }
  | { status: "refused"; reason: "notOpen" | "deadlinePassed" | "locked" }
  | { status: "invalid"; problems: MemberProblem[] };

/** Saves a draft (members checked, lead may still be missing). Refused after the deadline or once submitted. */
export async function saveForm(db: Db, formId: string, values: FormValues, now = new Date()): Promise<SaveResult> {
  const loaded = await loadForm(db, formId);
  if (!loaded) return { status: "refused", reason: "locked" };
  if (loaded.form.status !== "draft") return { status: "refused", reason: "locked" };
  const late = formRefusal(loaded.call, now);
  if (late) return { status: "refused", reason: late };
  const register = await voivodeshipRegister(db, loaded.form.voivodeshipTeryt);
  const memberTeryts = [...new Set(values.memberTeryts)];
  const problems = memberProblems(memberTeryts, values.leadTeryt, loaded.form.voivodeshipTeryt, register, false);
  if (problems.length > 0) return { status: "invalid", problems };
  const declared = new Set(formalCriteria(loaded.call.criteria).map((c) => c.key));
  await db
    .update(selectionForms)
    .set({ ...values, memberTeryts, declarations: values.declarations.filter((d) => declared.has(d)), updatedAt: now })
    .where(and(eq(selectionForms.id, formId), eq(selectionForms.status, "draft")));
  return { status: "saved" };
}

export type SubmitRefusal = "notOpen" | "deadlinePassed" | "locked" | "incomplete";

/** What a draft still lacks before it can be submitted (translation keys under selection:form.missing). */
export async function missingForSubmission(db: Queryable, form: FormRow): Promise<string[]> {
  const missing: string[] = [];
  const register = await voivodeshipRegister(db, form.voivodeshipTeryt);
  const problems = memberProblems(form.memberTeryts, form.leadTeryt, form.voivodeshipTeryt, register, true);
  for (const p of problems) missing.push(p.code);
  if (!form.areaType) missing.push("areaType");
  if (!form.idea.trim()) missing.push("idea");
  if (!form.functionalLinks.trim()) missing.push("functionalLinks");
  if (!form.coordinatorName.trim() || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.coordinatorEmail)) missing.push("coordinator");
  const attachments = await db.select({ id: selectionAttachments.id }).from(selectionAttachments).where(eq(selectionAttachments.formId, form.id));
  if (attachments.length === 0) missing.push("attachment");
  return [...new Set(missing)];
}

/** Submits and locks the form, before the deadline only. */
export async function submitForm(db: Db, formId: string, now = new Date()): Promise<{ status: "submitted" } | { status: "refused"; reason: SubmitRefusal; missing?: string[] }> {
  const loaded = await loadForm(db, formId);
  if (!loaded || loaded.form.status !== "draft") return { status: "refused", reason: "locked" };
  const late = formRefusal(loaded.call, now);
  if (late) return { status: "refused", reason: late };
  const missing = await missingForSubmission(db, loaded.form);
  if (missing.length > 0) return { status: "refused", reason: "incomplete", missing };
  const rows = await db
    .update(selectionForms)
    .set({ status: "submitted", submittedAt: now, updatedAt: now })
    .where(and(eq(selectionForms.id, formId), eq(selectionForms.status, "draft")))
    .returning({ id: selectionForms.id });
  return rows.length > 0 ? { status: "submitted" } : { status: "refused", reason: "locked" };
}

export async function listApplicantForms(db: Queryable, applicantId: string) {
  return db
    .select({ form: selectionForms, callName: selectionCalls.name, formsDeadline: selectionCalls.formsDeadline, announcedAt: selectionCalls.announcedAt })
    .from(selectionForms)
    .innerJoin(selectionCalls, eq(selectionCalls.id, selectionForms.callId))
    .where(eq(selectionForms.applicantId, applicantId))
    .orderBy(desc(selectionForms.createdAt));
}

export async function addFormAttachment(db: Db, formId: string, kind: AttachmentKind, file: { name: string; bytes: Uint8Array }) {
  const detected = await detectAttachmentType(file.bytes);
  if ("refused" in detected) return { status: "refused" as const, reason: detected.refused };
  const [row] = await db
    .insert(selectionAttachments)
    .values({ formId, kind, fileName: safeFileName(file.name, detected.ext), mime: detected.mediaType, size: file.bytes.byteLength, content: file.bytes })
    .returning({ id: selectionAttachments.id, fileName: selectionAttachments.fileName });
  return { status: "saved" as const, ...row };
}

export async function removeFormAttachment(db: Db, formId: string, attachmentId: string): Promise<boolean> {
  if (!isUuid(attachmentId)) return false;
  const rows = await db
    .delete(selectionAttachments)
    .where(and(eq(selectionAttachments.id, attachmentId), eq(selectionAttachments.formId, formId)))
    .returning({ id: selectionAttachments.id });
  return rows.length > 0;
}

export async function listFormAttachments(db: Queryable, formId: string) {
  return db
    .select({ id: selectionAttachments.id, kind: selectionAttachments.kind, fileName: selectionAttachments.fileName, size: selectionAttachments.size, mime: selectionAttachments.mime })
    .from(selectionAttachments)
    .where(eq(selectionAttachments.formId, formId))
    .orderBy(asc(selectionAttachments.createdAt));
}

export async function getFormAttachment(db: Queryable, formId: string, attachmentId: string) {
  if (!isUuid(attachmentId)) return null;
  const [row] = await db
    .select()
    .from(selectionAttachments)
    .where(and(eq(selectionAttachments.id, attachmentId), eq(selectionAttachments.formId, formId)));
  return row ?? null;
}
