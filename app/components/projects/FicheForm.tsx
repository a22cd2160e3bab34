import { getCollectionProps, getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "~/components/form-fields";
import { INTEGRATION_FLAGS, PROJECT_AREAS, PROJECT_STATUSES, PROJECT_TYPES } from "~/lib/projects/enums";
import { createFicheSchema, type FicheSchema } from "~/lib/projects/fiche-schema";
import type { z } from "zod";
import type { DiffRow } from "~/lib/projects/fiche-diff";
import { Checkbox, FieldErrors, Input, Select, TextArea } from "./controls";
import { FicheLists } from "./FicheLists";
import { unitLabel, type UnitOption } from "./labels";

export interface FicheConflict {
  name: string | null;
  version: number;
  rows: DiffRow[];
}

/**
 * The fiche form (create and edit): one zod schema with the server (fiche-schema.ts), errors in place. On a
 * conflict the form keeps one's own values, shows the saved ones beside them, and carries the saved version,
 * so saving again knowingly replaces them.
 */
export function FicheForm({
  units,
  defaultValue,
  lastResult,
  conflict,
  version,
  submitLabel,
}: {
  units: readonly UnitOption[];
  defaultValue?: Record<string, unknown>;
  lastResult?: SubmissionResult<string[]> | null;
  conflict?: FicheConflict | null;
  version?: number;
  submitLabel: string;
}) {
  const { t } = useTranslation("projects");
  const navigation = useNavigation();
  const schema = useMemo(() => createFicheSchema(units.map((u) => u.teryt)), [units]);
  const [form, fields] = useForm<z.input<FicheSchema>, z.output<FicheSchema>>({
    lastResult,
    defaultValue: defaultValue as Partial<z.input<FicheSchema>> | undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const unitOptions = units.map((u) => [u.teryt, unitLabel(u, t)] as const);
  return (
    <Form method="post" className="form form--wide" {...getFormProps(form)}>
      {conflict ? <ConflictMessage conflict={conflict} /> : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      {version !== undefined ? <input type="hidden" name="version" value={conflict?.version ?? version} /> : null}

      <fieldset className="form-section">
        <legend>{t("fiche.basics")}</legend>
        <Input field={fields.title} label={t("fiche.title")} size={60} />
        <Select field={fields.type} label={t("fiche.type")} options={PROJECT_TYPES.map((v) => [v, t(`type.${v}`)] as const)} placeholder={t("fiche.choose")} />
        <Select field={fields.area} label={t("fiche.area")} options={PROJECT_AREAS.map((v) => [v, t(`area.${v}`)] as const)} placeholder={t("fiche.choose")} />
        <Select field={fields.status} label={t("fiche.status")} options={PROJECT_STATUSES.map((v) => [v, t(`status.${v}`)] as const)} />
        <Input field={fields.goal} label={t("fiche.goal")} size={60} />
        <Input field={fields.direction} label={t("fiche.direction")} size={60} />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("fiche.jsts")}</legend>
        <Select field={fields.leadTeryt} label={t("fiche.lead")} options={unitOptions} placeholder={t("fiche.choose")} hint={t("fiche.leadHint")} />
        <fieldset className="field" aria-describedby={fields.partnerTeryts.errors?.length ? fields.partnerTeryts.errorId : undefined}>
          <legend>{t("fiche.partners")}</legend>
          <ul className="checkbox-list">
            {getCollectionProps(fields.partnerTeryts, { type: "checkbox", options: units.map((u) => u.teryt) }).map((props) => (
              <li key={props.key}>
                <input {...props} key={props.key} />
                <label htmlFor={props.id}>{unitLabel(units.find((u) => u.teryt === props.value)!, t)}</label>
              </li>
            ))}
          </ul>
          <FieldErrors field={fields.partnerTeryts} />
        </fieldset>
        <TextArea field={fields.otherPartners} label={t("fiche.otherPartners")} />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("page.details")}</legend>
        <Input field={fields.location} label={t("fiche.location")} size={60} />
        <TextArea field={fields.problem} label={t("fiche.problem")} />
        <TextArea field={fields.targetGroups} label={t("fiche.targetGroups")} />
        <TextArea field={fields.scope} label={t("fiche.scope")} />
        <fieldset className="field">
          <legend>{t("flags.legend")}</legend>
          {INTEGRATION_FLAGS.map((flag) => (
            <Checkbox key={flag} field={fields[flag]} label={t(`flags.${flag}`)} />
          ))}
        </fieldset>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("fiche.dates")}</legend>
        <Input field={fields.startDate} label={t("fiche.start")} size={12} />
        <Input field={fields.endDate} label={t("fiche.end")} size={12} />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t("fiche.costs")}</legend>
        <p className="field-hint">{t("fiche.costsHint")}</p>
        <Input field={fields.totalCost} label={t("fiche.totalCost")} inputMode="decimal" size={16} />
        <Input field={fields.eligibleCost} label={t("fiche.eligibleCost")} inputMode="decimal" size={16} />
        <Input field={fields.ownShare} label={t("fiche.ownShare")} inputMode="decimal" size={16} />
      </fieldset>
      <FicheLists
        form={form}
        fields={{ contributions: fields.contributions, fundingSources: fields.fundingSources, indicators: fields.indicators, risks: fields.risks }}
        units={units}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {submitLabel}
        </button>
      </p>
    </Form>
  );
}

function ConflictMessage({ conflict }: { conflict: FicheConflict }) {
  const { t } = useTranslation("projects");
  const label = (field: string) =>
    (INTEGRATION_FLAGS as readonly string[]).includes(field)
      ? t(`flags.${field}`)
      : t(`fiche.${field === "leadTeryt" ? "lead" : field === "partnerTeryts" ? "partners" : field === "startDate" ? "start" : field === "endDate" ? "end" : field}`);
  const value = (v: string) => (v === "" ? t("fiche.empty") : v === "true" ? t("flags.yes") : v === "false" ? t("flags.no") : v);
  return (
    <div className="conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t("fiche.conflictTitle")}</h2>
      <p>{t("fiche.conflict", { name: conflict.name ?? t("fiche.conflictSomeone") })}</p>
      <div className="table-scroll">
        <table>
          <caption>{t("fiche.conflictCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("fiche.conflictField")}</th>
              <th scope="col">{t("fiche.conflictYours")}</th>
              <th scope="col">{t("fiche.conflictTheirs")}</th>
            </tr>
          </thead>
          <tbody>
            {conflict.rows.map((row) => (
              <tr key={row.field}>
                <th scope="row">{label(row.field)}</th>
                <td style={{ whiteSpace: "pre-line" }}>{value(row.yours)}</td>
                <td style={{ whiteSpace: "pre-line" }}>{value(row.theirs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
