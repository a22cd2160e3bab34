import { useTranslation } from "react-i18next";
import type { Criterion } from "~/lib/selection/criteria";
import { derivedIntegrationType } from "~/lib/selection/rules";
import type { InfoFormData } from "./InfoForm";

/** A submitted (locked) information form, as the applicant, the assessor and the ministry read it. */
export function FormSummary({ form, names, criteria }: { form: InfoFormData; names: Record<string, string>; criteria: Criterion[] }) {
  const { t, i18n } = useTranslation("selection");
  const lang = i18n.language === "en" ? "en" : "pl";
  const type = derivedIntegrationType(form.memberTeryts);
  const unit = (teryt: string) => `${names[teryt] ?? teryt} (${teryt})`;
  return (
    <dl className="facts">
      <dt>{t("form.name")}</dt>
      <dd>{form.name}</dd>
      <dt>{t("form.members")}</dt>
      <dd>
        <ul>{form.memberTeryts.map((m) => <li key={m}>{unit(m)}</li>)}</ul>
      </dd>
      <dt>{t("form.integration")}</dt>
      <dd>{type ? t(`common:integration.${type}`) : "—"}</dd>
      <dt>{t("form.leadJst")}</dt>
      <dd>{form.leadTeryt ? unit(form.leadTeryt) : "—"}</dd>
      <dt>{t("form.areaType")}</dt>
      <dd>{form.areaType ? t(`area.${form.areaType}`) : "—"}</dd>
      <dt>{t("form.idea")}</dt>
      <dd className="pre-line">{form.idea || "—"}</dd>
      <dt>{t("form.functionalLinks")}</dt>
      <dd className="pre-line">{form.functionalLinks || "—"}</dd>
      <dt>{t("form.priorCooperation")}</dt>
      <dd className="pre-line">{form.priorCooperation || "—"}</dd>
      <dt>{t("form.declarations")}</dt>
      <dd>
        <ul>
          {criteria.filter((c) => c.kind === "formal").map((c) => (
            <li key={c.key}>
              {form.declarations.includes(c.key) ? "☑" : "☐"} {c.key.slice(1)}. {c[lang]}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t("form.coordinator")}</dt>
      <dd>{form.coordinatorName} &lt;{form.coordinatorEmail}&gt;</dd>
    </dl>
  );
}
