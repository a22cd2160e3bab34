/** Route actions of /nabor that need more than a line: creating a call (ministry) and a draft form (applicant). */
import { parseWithZod } from "@conform-to/zod";
import { data, redirect } from "@remix-run/node";
import type { GuardArgs } from "../guard.server";
import { guard } from "../guard.server";
import { audit } from "../audit.server";
import { warsawInstant } from "../sessions/time";
import { createCall, loadCall } from "./calls.server";
import { createForm } from "./forms.server";
import { callSchema, newFormSchema } from "./form-schema";

/** A deadline day in Warsaw ends at 23:59:59 local time. */
export function endOfWarsawDay(day: string): Date {
  const start = warsawInstant(day, "23:59");
  return new Date((start ?? new Date(`${day}T23:59:00Z`)).getTime() + 59_000);
}

export async function createCallAction(args: GuardArgs, formData: FormData) {
  const { auth } = await guard(args, "selection.manage", async () => ({ resource: { type: "selection_call" as const, opened: false } }));
  const submission = parseWithZod(formData, { schema: callSchema });
  if (submission.status !== "success") return data({ kind: "call" as const, result: submission.reply() }, { status: 400 });
  const v = submission.value;
  const db = args.context.database.db;
  const call = await createCall(
    db,
    { name: v.name, formsDeadline: endOfWarsawDay(v.formsDeadline), recommendationsDeadline: endOfWarsawDay(v.recommendationsDeadline), announcementDate: v.announcementDate, capPerVoivodeship: v.cap },
    auth.user.id,
  );
  await audit(db, { event: "selection_call_created", actorUserId: auth.user.id, ip: args.context.ip, details: { callId: call.id, name: call.name, cap: call.capPerVoivodeship } });
  return redirect(`/nabor/${call.id}`);
}

export async function newFormAction(args: GuardArgs, formData: FormData) {
  const submission = parseWithZod(formData, { schema: newFormSchema });
  if (submission.status !== "success") return data({ kind: "newForm" as const, result: submission.reply() }, { status: 400 });
  const v = submission.value;
  const { auth, call } = await guard(args, "selection.apply", (db) => loadCall(db, v.callId));
  const db = args.context.database.db;
  const form = await createForm(db, {
    callId: call.id,
    applicantId: auth.user.id,
    voivodeshipTeryt: v.voivodeshipTeryt,
    name: v.name,
    coordinatorName: auth.user.name,
    coordinatorEmail: auth.user.email,
  });
  await audit(db, { event: "selection_form_saved", actorUserId: auth.user.id, ip: args.context.ip, details: { formId: form.id, callId: call.id, created: true } });
  return redirect(`/nabor/formularz/${form.id}`);
}
