/** The ministry's page of one call: its dates and criteria (editable until opened), the voivodeships' recommendations, selection and the announcement. */
import { parseWithZod } from "@conform-to/zod";
import { data } from "@remix-run/node";
import { audit } from "../audit.server";
import { unreadCount } from "../comments/notifications.server";
import { linkOrigin } from "../auth/links.server";
import { guard, type GuardArgs } from "../guard.server";
import { sendMail } from "../mail.server";
import { getServerT } from "../request.server";
import { endOfWarsawDay } from "./actions.server";
import { announceCall, decisionTable, setSelected } from "./decision.server";
import { getCall, loadCall, openCall, updateCall } from "./calls.server";
import { callSchema } from "./form-schema";
import { callStage } from "./rules";

export async function callPage(args: GuardArgs, callId?: string) {
  const { call } = await guard(args, "selection.manage", (db) => loadCall(db, callId));
  const table = await decisionTable(args.context.database.db, call);
  return {
    call: {
      id: call.id,
      name: call.name,
      formsDeadline: call.formsDeadline.toISOString(),
      recommendationsDeadline: call.recommendationsDeadline.toISOString(),
      announcementDate: call.announcementDate,
      cap: call.capPerVoivodeship,
      criteria: call.criteria,
      opened: call.openedAt !== null,
      announcedAt: call.announcedAt?.toISOString() ?? null,
      stage: callStage(call, new Date()),
    },
    table: table.map((v) => ({ ...v, sentAt: v.sentAt?.toISOString() ?? null })),
  };
}

export async function callAction(args: GuardArgs, callId?: string) {
  const { call, auth } = await guard(args, "selection.manage", (db) => loadCall(db, callId));
  const db = args.context.database.db;
  const t = getServerT(args.request);
  const formData = await args.request.formData();
  const intent = String(formData.get("intent") ?? "");
  const base = { actorUserId: auth.user.id, ip: args.context.ip };
  const refused = (reason: string, status = 409) => data({ ok: false, message: t("selection:call.refused", { reason }) }, { status });

  if (intent === "update") {
    if (call.openedAt) return refused(t("selection:call.frozen"));
    const submission = parseWithZod(formData, { schema: callSchema });
    if (submission.status !== "success") return data({ ok: false, message: Object.values(submission.error ?? {}).flat().map((k) => t(String(k))).join(" ") }, { status: 400 });
    const v = submission.value;
    const criteria = call.criteria.map((c) => ({ ...c, pl: String(formData.get(`criterion.${c.key}`) ?? c.pl).trim().slice(0, 400) || c.pl }));
    await updateCall(db, call.id, {
      name: v.name,
      formsDeadline: endOfWarsawDay(v.formsDeadline),
      recommendationsDeadline: endOfWarsawDay(v.recommendationsDeadline),
      announcementDate: v.announcementDate,
      capPerVoivodeship: v.cap,
      criteria,
    });
    await audit(db, { ...base, event: "selection_call_updated", details: { callId: call.id, cap: v.cap } });
    return data({ ok: true, message: t("selection:call.saved") });
  }
  if (intent === "open") {
    if (!(await openCall(db, call.id))) return refused(t("selection:call.opened"));
    await audit(db, { ...base, event: "selection_call_opened", details: { callId: call.id } });
    return data({ ok: true, message: t("selection:call.opened") });
  }
  if (intent === "select" || intent === "unselect") {
    const formId = String(formData.get("formId") ?? "");
    const result = await setSelected(db, call, formId, intent === "select");
    if (result.status === "refused") return refused(result.reason);
    await audit(db, { ...base, event: intent === "select" ? "selection_selected" : "selection_unselected", details: { callId: call.id, formId } });
    return data({ ok: true, message: t("selection:call.saved") });
  }
  if (intent === "announce") {
    const result = await announceCall(db, call.id, auth.user.id);
    if (!result) return refused(t("selection:call.announced", { date: "" }));
    const origin = linkOrigin(args.request, args.context);
    const config = args.context.config;
    const fresh = (await getCall(db, call.id)) ?? call;
    for (const a of result.announced) {
      await audit(db, { ...base, event: "invitation_sent", partnershipId: a.partnershipId, subjectEmail: a.coordinatorEmail, details: { role: "coordinator", formId: a.formId } });
      await sendMail(db, config, {
        to: a.coordinatorEmail,
        subject: t("selection:mail.coordinatorSubject", { name: a.name }),
        body: t("selection:mail.coordinatorBody", { name: a.name, call: fresh.name, link: `${origin}/zaproszenie/${a.token}` }),
      });
      if (a.applicantEmail !== a.coordinatorEmail) {
        await sendMail(db, config, { to: a.applicantEmail, subject: t("selection:mail.selectedSubject", { name: a.name }), body: t("selection:mail.selectedBody", { name: a.name, call: fresh.name, link: `${origin}/nabor` }) });
      }
    }
    for (const n of result.notSelected) {
      await sendMail(db, config, { to: n.applicantEmail, subject: t("selection:mail.notSelectedSubject", { name: n.name }), body: t("selection:mail.notSelectedBody", { name: n.name, call: fresh.name, link: `${origin}/nabor` }) });
    }
    await audit(db, { ...base, event: "selection_announced", details: { callId: call.id, selected: result.announced.map((a) => a.slug), notSelected: result.notSelected.length } });
    for (const id of new Set([...result.announced, ...result.notSelected].map((f) => f.applicantId))) {
      args.context.collab.toUser(id, { type: "notifications.changed", unread: await unreadCount(db, id) });
    }
    return data({ ok: true, message: t("selection:call.announcedCount", { count: result.announced.length }) });
  }
  return refused("?", 400);
}
