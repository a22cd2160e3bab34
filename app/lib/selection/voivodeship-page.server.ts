/** The marshal office's page of one call: loader and actions (recommend, withdraw, send) with audit. */
import { data } from "@remix-run/node";
import type { Db } from "../../../db/client";
import { audit } from "../audit.server";
import { formatDateTime } from "../format";
import { guard, type GuardArgs } from "../guard.server";
import { isUuid } from "../ids";
import type { VoivodeshipResource } from "../policy";
import { getLocale, getServerT } from "../request.server";
import { parseTeryt } from "../teryt";
import { recommendationsSent, recommendForm, sendRecommendations, voivodeshipForms, withdrawRecommendation } from "./assessment.server";
import { getCall } from "./calls.server";
import { voivodeshipName } from "./landing.server";

export async function loadVoivodeshipOfCall(db: Db, callId: string | undefined, teryt: string | undefined) {
  if (!teryt || parseTeryt(teryt)?.level !== "voivodeship") return null;
  const call = await getCall(db, callId);
  if (!call) return null;
  const resource: VoivodeshipResource = { type: "voivodeship", voivodeshipTeryt: teryt };
  return { resource, call, teryt };
}

export async function voivodeshipPage(db: Db, args: GuardArgs, callId?: string, teryt?: string) {
  const { call, teryt: v } = await guard(args, "voivodeship.overview", (d) => loadVoivodeshipOfCall(d, callId, teryt));
  const [forms, sent, name] = await Promise.all([voivodeshipForms(db, call, v), recommendationsSent(db, call.id, v), voivodeshipName(db, v)]);
  return {
    call: { id: call.id, name: call.name, cap: call.capPerVoivodeship, recommendationsDeadline: call.recommendationsDeadline.toISOString(), criteria: call.criteria },
    voivodeship: { teryt: v, name },
    forms: forms.map((f) => ({ ...f, submittedAt: f.submittedAt?.toISOString() ?? null })),
    sentAt: sent?.sentAt.toISOString() ?? null,
    maySend: args.context.auth?.actor.globalRole === "marshal_assessor",
  };
}

export async function voivodeshipAction(args: GuardArgs, callId?: string, teryt?: string) {
  const { call, teryt: v, auth } = await guard(args, "recommendation.send", (d) => loadVoivodeshipOfCall(d, callId, teryt));
  const db = args.context.database.db;
  const t = getServerT(args.request);
  const formData = await args.request.formData();
  const intent = String(formData.get("intent") ?? "");
  const formId = String(formData.get("formId") ?? "");
  const base = { actorUserId: auth.user.id, ip: args.context.ip };
  const refused = (reason: string) =>
    data({ ok: false, message: t(`selection:assess.refused.${reason}`, { cap: call.capPerVoivodeship, date: formatDateTime(call.recommendationsDeadline, getLocale(args.request)) }) }, { status: 409 });
  if (intent === "recommend" || intent === "withdraw") {
    if (!isUuid(formId)) return refused("notSubmitted");
    const forms = await voivodeshipForms(db, call, v);
    const form = forms.find((f) => f.id === formId);
    if (!form) return refused("notSubmitted");
    if (intent === "recommend") {
      const result = await recommendForm(db, call, formId, auth.user.id);
      if (result.status === "refused") return refused(result.reason);
      await audit(db, { ...base, event: "selection_recommended", details: { callId: call.id, formId, voivodeship: v, rank: result.rank } });
      return data({ ok: true, message: t("selection:assess.recommended", { name: form.name }) });
    }
    const result = await withdrawRecommendation(db, call, formId);
    if (result.status === "refused") return refused(result.reason);
    await audit(db, { ...base, event: "selection_recommendation_withdrawn", details: { callId: call.id, formId, voivodeship: v } });
    return data({ ok: true, message: t("selection:assess.withdrawn") });
  }
  const result = await sendRecommendations(db, call, v, auth.user.id);
  if (result.status === "refused") return refused(result.reason);
  await audit(db, { ...base, event: "selection_recommendations_sent", details: { callId: call.id, voivodeship: v, count: result.count } });
  return data({ ok: true, message: t("selection:assess.sentNow") });
}
