import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors, useErrorText } from "~/components/form-fields";
import type { Criterion } from "~/lib/selection/criteria";
import { AREA_TYPES } from "~/lib/selection/enums";
import { formSchema, type InfoFormValues } from "~/lib/selection/form-schema";
import { derivedIntegrationType, powiatsLeftOut, type RegisterUnit } from "~/lib/selection/rules";

export type InfoFormData = InfoFormValues;

interface Powiat {
  teryt: string;
  name: string;
  mayJoin: boolean;
  gminas: { teryt: string; name: string; kind: string }[];
}

/** The applicant's information form: members by name with TERYT, the derived type, the powiat warning. */
export function InfoForm({ form: value, powiats, criteria, lastResult }: { form: InfoFormData; powiats: Powiat[]; criteria: Criterion[]; lastResult?: SubmissionResult<string[]> }) {
  const { t, i18n } = useTranslation("selection");
  const text = useErrorText();
  const [members, setMembers] = useState<Set<string>>(() => new Set(value.memberTeryts));
  const register = useMemo(() => {
    const map = new Map<string, RegisterUnit>();
    for (const p of powiats) {
      map.set(p.teryt, { teryt: p.teryt, name: p.name, kind: p.mayJoin ? "powiat" : "miasto_na_prawach_powiatu", parentTeryt: p.teryt.slice(0, 2) });
      for (const g of p.gminas) map.set(g.teryt, { ...g, parentTeryt: p.teryt });
    }
    return map;
  }, [powiats]);
  const names = useMemo(() => new Map([...register.values()].map((u) => [u.teryt, u.name])), [register]);
  const type = derivedIntegrationType([...members]);
  const leftOut = powiatsLeftOut([...members], register);
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: formSchema }),
    shouldValidate: "onSubmit",
  });
  const toggle = (teryt: string, on: boolean) =>
    setMembers((prev) => {
      const next = new Set(prev);
      if (on) next.add(teryt);
      else next.delete(teryt);
      return next;
    });
  const lang = i18n.language === "en" ? "en" : "pl";
  const unitLabel = (teryt: string) => `${names.get(teryt) ?? teryt} (${teryt})`;
  return (
    <Form method="post" {...getFormProps(form)} className="selection-form">
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="field">
        <label htmlFor="form-name">{t("form.name")}</label>
        <input id="form-name" name="name" defaultValue={value.name} required aria-invalid={fields.name.errors ? true : undefined} aria-describedby={fields.name.errors ? fields.name.errorId : undefined} />
        {fields.name.errors ? <p id={fields.name.errorId} className="field-error">{fields.name.errors.map(text).join(" ")}</p> : null}
      </div>
      <fieldset>
        <legend>{t("form.members")}</legend>
        <p className="field-hint">{t("form.membersHint")}</p>
        {powiats.map((p) => {
          const chosen = [p.teryt, ...p.gminas.map((g) => g.teryt)].filter((x) => members.has(x)).length;
          return (
            <details key={p.teryt} open={chosen > 0 ? true : undefined}>
              <summary>
                {t("form.powiatGroup", { name: p.name, teryt: p.teryt })}
                {chosen > 0 ? ` — ${t("form.selectedCount", { count: chosen })}` : ""}
              </summary>
              <ul className="plain-list">
                {p.mayJoin ? (
                  <li>
                    <label>
                      <input type="checkbox" name="memberTeryts" value={p.teryt} checked={members.has(p.teryt)} onChange={(e) => toggle(p.teryt, e.currentTarget.checked)} />{" "}
                      {t("form.powiatItself", { name: p.name })} ({p.teryt})
                    </label>
                  </li>
                ) : null}
                {p.gminas.map((g) => (
                  <li key={g.teryt}>
                    <label>
                      <input type="checkbox" name="memberTeryts" value={g.teryt} checked={members.has(g.teryt)} onChange={(e) => toggle(g.teryt, e.currentTarget.checked)} />{" "}
                      {g.name} — {t(`common:unitKind.${g.kind}`)} ({g.teryt})
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          );
        })}
      </fieldset>
      <p role="status" aria-live="polite">
        <strong>{t("form.integration")}:</strong> {type ? t(`common:integration.${type}`) : t("form.integrationNone")}
      </p>
      {leftOut.map((p) => (
        <p key={p} className="notice notice--warning" role="note">
          {t("form.powiatWarning", { name: names.get(p) ?? p })}
        </p>
      ))}
      <div className="field">
        <label htmlFor="form-lead">{t("form.leadJst")}</label>
        <select id="form-lead" name="leadTeryt" defaultValue={value.leadTeryt ?? ""} key={[...members].sort().join(",")}>
          <option value="">{t("home.choose")}</option>
          {[...members].sort().map((m) => (
            <option key={m} value={m}>{unitLabel(m)}</option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t("form.areaType")}</legend>
        {AREA_TYPES.map((a) => (
          <label key={a} className="choice">
            <input type="radio" name="areaType" value={a} defaultChecked={value.areaType === a} /> {t(`area.${a}`)}
          </label>
        ))}
      </fieldset>
      {(["idea", "functionalLinks", "priorCooperation"] as const).map((k) => (
        <div className="field" key={k}>
          <label htmlFor={`form-${k}`}>{t(`form.${k}`)}</label>
          <textarea id={`form-${k}`} name={k} rows={5} defaultValue={value[k]} />
        </div>
      ))}
      <fieldset>
        <legend>{t("form.declarations")}</legend>
        {criteria.filter((c) => c.kind === "formal").map((c) => (
          <label key={c.key} className="choice">
            <input type="checkbox" name="declarations" value={c.key} defaultChecked={value.declarations.includes(c.key)} /> {c.key.slice(1)}. {c[lang]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("form.coordinator")}</legend>
        <div className="field">
          <label htmlFor="form-coordinatorName">{t("form.coordinatorName")}</label>
          <input id="form-coordinatorName" name="coordinatorName" defaultValue={value.coordinatorName} autoComplete="name" />
        </div>
        <div className="field">
          <label htmlFor="form-coordinatorEmail">{t("form.coordinatorEmail")}</label>
          <input id="form-coordinatorEmail" name="coordinatorEmail" type="email" defaultValue={value.coordinatorEmail} aria-invalid={fields.coordinatorEmail.errors ? true : undefined} aria-describedby={fields.coordinatorEmail.errors ? fields.coordinatorEmail.errorId : undefined} />
          {fields.coordinatorEmail.errors ? <p id={fields.coordinatorEmail.errorId} className="field-error">{fields.coordinatorEmail.errors.map(text).join(" ")}</p> : null}
        </div>
      </fieldset>
      <p className="field-hint" id="submit-hint">{t("form.submitHint")}</p>
      <p className="actions">
        <button type="submit" name="intent" value="save" className="button--secondary">{t("form.save")}</button>
        <button type="submit" name="intent" value="submit" aria-describedby="submit-hint">{t("form.submit")}</button>
      </p>
    </Form>
  );
}
