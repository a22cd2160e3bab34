/** The data of the information-form page: the form, its call, the register grouped by powiat, attachments. */
import type { Db } from "../../../db/client";
import type { Actor } from "../policy";
import { can } from "../policy";
import { voivodeshipRegister } from "./calls.server";
import { listFormAttachments, missingForSubmission, type FormRow } from "./forms.server";
import type { CallRow } from "./calls.server";
import { callStage, formRefusal } from "./rules";
import { applicationResource } from "./forms.server";

export interface PowiatGroup {
  teryt: string;
  name: string;
  /** A land powiat may join itself; a city with powiat rights joins as its gmina. */
  mayJoin: boolean;
  gminas: { teryt: string; name: string; kind: string }[];
}

export async function formPage(db: Db, actor: Actor, form: FormRow, call: CallRow, now = new Date()) {
  const register = await voivodeshipRegister(db, form.voivodeshipTeryt);
  const powiats: PowiatGroup[] = [];
  for (const unit of register.values()) {
    if (unit.teryt.length === 4) powiats.push({ teryt: unit.teryt, name: unit.name, mayJoin: unit.kind === "powiat", gminas: [] });
  }
  for (const unit of register.values()) {
    if (unit.teryt.length === 7) powiats.find((p) => p.teryt === unit.parentTeryt)?.gminas.push({ teryt: unit.teryt, name: unit.name, kind: unit.kind });
  }
  const resource = applicationResource(form);
  const mayEdit = can(actor, "application.edit", resource) && formRefusal(call, now) === null;
  return {
    form: {
      id: form.id,
      status: form.status,
      name: form.name,
      memberTeryts: form.memberTeryts,
      leadTeryt: form.leadTeryt,
      areaType: form.areaType,
      idea: form.idea,
      functionalLinks: form.functionalLinks,
      priorCooperation: form.priorCooperation,
      declarations: form.declarations,
      coordinatorName: form.coordinatorName,
      coordinatorEmail: form.coordinatorEmail,
      submittedAt: form.submittedAt?.toISOString() ?? null,
      voivodeshipTeryt: form.voivodeshipTeryt,
    },
    call: { id: call.id, name: call.name, formsDeadline: call.formsDeadline.toISOString(), stage: callStage(call, now), criteria: call.criteria },
    voivodeshipName: register.get(form.voivodeshipTeryt)?.name ?? form.voivodeshipTeryt,
    powiats,
    unitNames: Object.fromEntries([...register.values()].map((u) => [u.teryt, u.name])),
    attachments: await listFormAttachments(db, form.id),
    missing: form.status === "draft" ? await missingForSubmission(db, form) : [],
    mayEdit,
    late: can(actor, "application.edit", resource) && formRefusal(call, now),
    mayAssess: can(actor, "application.assess", resource),
  };
}
