/** The actions of the information-form page: save, submit, add and remove an attachment. */
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data } from "@remix-run/node";
import { audit } from "../audit.server";
import { guard, type GuardArgs } from "../guard.server";
import { MAX_ATTACHMENT_BYTES } from "../projects/attachments.server";
import { getServerT } from "../request.server";
import { formatDateTime } from "../format";
import { getLocale } from "../request.server";
import { isOneOf } from "../enums";
import { ATTACHMENT_KINDS } from "./enums";
import { formSchema } from "./form-schema";
import { addFormAttachment, loadForm, removeFormAttachment, saveForm, submitForm } from "./forms.server";

export type FormActionData =
  | { kind: "form"; result?: SubmissionResult<string[]>; message?: string; ok?: boolean }
  | { kind: "attachment"; message: string; ok: boolean };

export async function formAction(args: GuardArgs, formId: string | undefined) {
  const { request, context } = args;
  const t = getServerT(request);
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > MAX_ATTACHMENT_BYTES + 64 * 1024) {
    return data<FormActionData>({ kind: "attachment", ok: false, message: t("selection:form.refused.tooLarge") }, { status: 413 });
  }
  const { auth, form, call } = await guard(args, "application.edit", (db) => loadForm(db, formId));
  const db = context.database.db;
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const base = { actorUserId: auth.user.id, ip: context.ip };
  const deadline = formatDateTime(call.formsDeadline, getLocale(request));
  const refusedText = (reason: string) => t(`selection:form.refused.${reason}`, { deadline });

  if (intent === "upload") {
    const file = formData.get("file");
    const kind = String(formData.get("kind") ?? "");
    if (!(file instanceof File) || file.size === 0) {
      return data<FormActionData>({ kind: "attachment", ok: false, message: refusedText(file instanceof File ? "empty" : "missing") }, { status: 400 });
    }
    const saved = await addFormAttachment(db, form.id, isOneOf(ATTACHMENT_KINDS, kind) ? kind : "letter_of_intent", { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (saved.status === "refused") return data<FormActionData>({ kind: "attachment", ok: false, message: refusedText(saved.reason) }, { status: 400 });
    await audit(db, { ...base, event: "selection_form_saved", details: { formId: form.id, attachment: saved.fileName } });
    return data<FormActionData>({ kind: "attachment", ok: true, message: t("selection:form.uploaded", { name: saved.fileName }) });
  }
  if (intent === "removeAttachment") {
    await removeFormAttachment(db, form.id, String(formData.get("attachmentId") ?? ""));
    await audit(db, { ...base, event: "selection_form_saved", details: { formId: form.id, attachmentRemoved: true } });
    return data<FormActionData>({ kind: "attachment", ok: true, message: t("selection:form.removed") });
  }
  const submission = parseWithZod(formData, { schema: formSchema });
  if (submission.status !== "success") return data<FormActionData>({ kind: "form", result: submission.reply() }, { status: 400 });
  const v = submission.value;
  const saved = await saveForm(db, form.id, {
    name: v.name,
    memberTeryts: v.memberTeryts,
    leadTeryt: v.leadTeryt ?? null,
    areaType: v.areaType ?? null,
    idea: v.idea,
    functionalLinks: v.functionalLinks,
    priorCooperation: v.priorCooperation,
    declarations: v.declarations,
    coordinatorName: v.coordinatorName,
    coordinatorEmail: v.coordinatorEmail,
  });
  if (saved.status === "refused") return data<FormActionData>({ kind: "form", result: submission.reply({ formErrors: [refusedText(saved.reason)] }) }, { status: 409 });
  if (saved.status === "invalid") {
    const lines = saved.problems.map((p) => ("teryt" in p ? t("selection:form.problem", { teryt: p.teryt, problem: t(`selection:form.missing.${p.code}`) }) : t(`selection:form.missing.${p.code}`)));
    return data<FormActionData>({ kind: "form", result: submission.reply({ formErrors: lines }) }, { status: 400 });
  }
  await audit(db, { ...base, event: "selection_form_saved", details: { formId: form.id } });
  if (intent !== "submit") return data<FormActionData>({ kind: "form", ok: true, message: t("selection:form.saved") });
  const submitted = await submitForm(db, form.id);
  if (submitted.status === "refused") {
    const lines = submitted.reason === "incomplete" ? [refusedText("incomplete"), ...(submitted.missing ?? []).map((m) => t(`selection:form.missing.${m}`))] : [refusedText(submitted.reason)];
    return data<FormActionData>({ kind: "form", result: submission.reply({ formErrors: lines }) }, { status: submitted.reason === "incomplete" ? 400 : 409 });
  }
  await audit(db, { ...base, event: "selection_form_submitted", details: { formId: form.id, callId: call.id, voivodeship: form.voivodeshipTeryt } });
  return data<FormActionData>({ kind: "form", ok: true, message: t("selection:form.submittedNow") });
}
