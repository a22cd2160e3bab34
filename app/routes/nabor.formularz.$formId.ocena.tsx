import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { audit } from "~/lib/audit.server";
import { guard } from "~/lib/guard.server";
import { getServerT } from "~/lib/request.server";
import { checklistFromForm, saveAssessment } from "~/lib/selection/assessment.server";
import { assessmentOf } from "~/lib/selection/checklist.server";
import { evaluateChecklist } from "~/lib/selection/criteria";
import { loadForm } from "~/lib/selection/forms.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Lista kontrolna — ${data?.form.name ?? ""} — Wspólnie` }];

export async function loader(args: LoaderFunctionArgs) {
  const { form, call } = await guard(args, "application.assess", (db) => loadForm(db, args.params.formId));
  const checklist = await assessmentOf(args.context.database.db, form.id);
  return {
    form: { id: form.id, name: form.name, voivodeshipTeryt: form.voivodeshipTeryt },
    call: { id: call.id, criteria: call.criteria },
    checklist,
    result: evaluateChecklist(call.criteria, checklist),
  };
}

export async function action(args: ActionFunctionArgs) {
  const { form, call, auth } = await guard(args, "application.assess", (db) => loadForm(db, args.params.formId));
  const t = getServerT(args.request);
  const { checklist, invalid } = checklistFromForm(call, await args.request.formData());
  if (invalid.length > 0) return data({ ok: false, message: t("selection:assess.invalid", { keys: invalid.join(", ") }) }, { status: 400 });
  const db = args.context.database.db;
  await saveAssessment(db, form.id, checklist, auth.user.id);
  const result = evaluateChecklist(call.criteria, checklist);
  await audit(db, { actorUserId: auth.user.id, ip: args.context.ip, event: "selection_assessment_saved", details: { formId: form.id, formalPassed: result.formalPassed, meritTotal: result.meritTotal } });
  return data({ ok: true, message: t("selection:assess.saved") });
}

export default function Checklist() {
  const { form, call, checklist, result } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation("selection");
  const lang = i18n.language === "en" ? "en" : "pl";
  const formal = call.criteria.filter((c) => c.kind === "formal");
  const merit = call.criteria.filter((c) => c.kind === "merit");
  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to="/nabor">{t("home.title")}</Link> › <Link to={`/nabor/${call.id}/wojewodztwo/${form.voivodeshipTeryt}`}>{t("assess.back")}</Link> ›{" "}
        <Link to={`/nabor/formularz/${form.id}`}>{t("assess.viewForm")}</Link>
      </p>
      <h1>{t("assess.checklist", { name: form.name })}</h1>
      <p className="lead">{t("assess.checklistLead")}</p>
      {actionData ? <p className={actionData.ok ? "notice" : "form-error"} role={actionData.ok ? "status" : "alert"}>{actionData.message}</p> : null}
      <p role="status">
        {t("assess.result", {
          formal: result.formalPassed === true ? t("assess.passed") : result.formalPassed === false ? t("assess.failed", { keys: result.failed.join(", ") }) : t("assess.incomplete"),
          points: result.meritTotal,
          max: result.meritMax,
        })}
      </p>
      <Form method="post" key={JSON.stringify(checklist)}>
        <h2>{t("call.formal")}</h2>
        {formal.map((c) => (
          <fieldset key={c.key}>
            <legend>{c.key.slice(1)}. {c[lang]}</legend>
            <label className="choice"><input type="radio" name={`formal.${c.key}`} value="1" defaultChecked={checklist.formal[c.key]?.value === 1} /> {t("assess.met")}</label>
            <label className="choice"><input type="radio" name={`formal.${c.key}`} value="0" defaultChecked={checklist.formal[c.key]?.value === 0} /> {t("assess.notMet")}</label>
            <div className="field">
              <label htmlFor={`note-${c.key}`}>{t("assess.note", { key: c.key.slice(1) })}</label>
              <input id={`note-${c.key}`} name={`formal.${c.key}.note`} defaultValue={checklist.formal[c.key]?.note ?? ""} />
            </div>
          </fieldset>
        ))}
        <h2>{t("call.merit", { max: merit[0]?.maxScore ?? 5 })}</h2>
        {merit.map((c) => (
          <fieldset key={c.key}>
            <legend>{c.key.slice(1)}. {c[lang]}</legend>
            <div className="field">
              <label htmlFor={`score-${c.key}`}>{t("assess.score", { key: c.key.slice(1), max: c.maxScore ?? 0 })}</label>
              <select id={`score-${c.key}`} name={`merit.${c.key}`} defaultValue={checklist.merit[c.key]?.score?.toString() ?? ""}>
                <option value="">{t("home.choose")}</option>
                {Array.from({ length: (c.maxScore ?? 0) + 1 }, (_, i) => <option key={i} value={i}>{i}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`just-${c.key}`}>{t("assess.justification", { key: c.key.slice(1) })}</label>
              <textarea id={`just-${c.key}`} name={`merit.${c.key}.justification`} rows={3} defaultValue={checklist.merit[c.key]?.justification ?? ""} />
            </div>
          </fieldset>
        ))}
        <p className="actions"><button type="submit">{t("assess.save")}</button></p>
      </Form>
    </div>
  );
}
