import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { INDICATOR_KINDS, RISK_LEVELS } from "~/lib/projects/enums";
import { FieldErrors, Input, Select, TextArea } from "./controls";
import { unitLabel, type UnitOption } from "./labels";

/* The repeated rows of the fiche form: contributions per JST, funding sources, indicators, risks. */

// The rows' shapes differ per list; the controls render strings whatever the schema's type.
/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyForm = FormMetadata<any, string[]>;
type Row = Record<string, string | number | undefined>;
type ListField = FieldMetadata<(Row | undefined)[] | undefined, any, string[]>;
type RowField = FieldMetadata<Row | undefined, any, string[]>;
/* eslint-enable @typescript-eslint/no-explicit-any */

function ListSection({
  form,
  field,
  legend,
  hint,
  emptyRow,
  children,
}: {
  form: AnyForm;
  field: ListField;
  legend: string;
  hint?: string;
  emptyRow: Record<string, string>;
  children: (row: RowField, index: number) => React.ReactNode;
}) {
  const { t } = useTranslation("projects");
  const rows = field.getFieldList();
  return (
    <fieldset className="form-section" aria-describedby={field.errors?.length ? field.errorId : undefined}>
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <FieldErrors field={field} />
      {rows.map((row, index) => (
        <div key={row.key} className="row-fields" role="group" aria-label={t("fiche.rowLabel", { what: legend, n: index + 1 })}>
          {children(row as RowField, index)}
          <button
            type="submit"
            className="button button--secondary"
            aria-label={`${t("fiche.remove")}: ${t("fiche.rowLabel", { what: legend, n: index + 1 })}`}
            {...form.remove.getButtonProps({ name: field.name, index })}
          >
            {t("fiche.remove")}
          </button>
        </div>
      ))}
      <p>
        <button
          type="submit"
          className="button button--secondary"
          aria-label={`${t("fiche.add")}: ${legend}`}
          {...form.insert.getButtonProps({ name: field.name, defaultValue: emptyRow })}
        >
          {t("fiche.add")}
        </button>
      </p>
    </fieldset>
  );
}

export function FicheLists({ form, fields, units }: { form: AnyForm; fields: Record<string, ListField>; units: readonly UnitOption[] }) {
  const { t } = useTranslation("projects");
  const unitOptions = units.map((u) => [u.teryt, unitLabel(u, t)] as const);
  const levels = RISK_LEVELS.map((l) => [l, t(`fiche.riskLevels.${l}`)] as const);
  return (
    <>
      <ListSection form={form} field={fields.contributions} legend={t("fiche.contributions")} hint={t("fiche.contributionsHint")} emptyRow={{ teryt: "", amount: "" }}>
        {(row) => {
          const f = row.getFieldset();
          return (
            <>
              <Select field={f.teryt} label={t("fiche.contributionJst")} options={unitOptions} placeholder={t("fiche.choose")} />
              <Input field={f.amount} label={t("fiche.contributionAmount")} inputMode="decimal" size={14} />
            </>
          );
        }}
      </ListSection>
      <ListSection form={form} field={fields.fundingSources} legend={t("fiche.fundingSources")} emptyRow={{ name: "", amount: "" }}>
        {(row) => {
          const f = row.getFieldset();
          return (
            <>
              <Input field={f.name} label={t("fiche.fundingName")} size={40} />
              <Input field={f.amount} label={t("fiche.fundingAmount")} inputMode="decimal" size={14} />
            </>
          );
        }}
      </ListSection>
      <ListSection
        form={form}
        field={fields.indicators}
        legend={t("fiche.indicators")}
        emptyRow={{ kind: "output", name: "", unit: "", baseline: "0", target: "", year: "", source: "" }}
      >
        {(row) => {
          const f = row.getFieldset();
          return (
            <>
              <Select field={f.kind} label={t("fiche.indicatorKind")} options={INDICATOR_KINDS.map((k) => [k, t(`fiche.indicatorKinds.${k}`)] as const)} />
              <Input field={f.name} label={t("fiche.indicatorName")} size={30} />
              <Input field={f.unit} label={t("fiche.indicatorUnit")} size={8} />
              <Input field={f.baseline} label={t("fiche.indicatorBaseline")} inputMode="decimal" size={8} />
              <Input field={f.target} label={t("fiche.indicatorTarget")} inputMode="decimal" size={8} />
              <Input field={f.year} label={t("fiche.indicatorYear")} inputMode="numeric" size={5} />
              <Input field={f.source} label={t("fiche.indicatorSource")} size={16} />
            </>
          );
        }}
      </ListSection>
      <ListSection form={form} field={fields.risks} legend={t("fiche.risks")} emptyRow={{ description: "", likelihood: "medium", impact: "medium", mitigation: "" }}>
        {(row) => {
          const f = row.getFieldset();
          return (
            <>
              <TextArea field={f.description} label={t("fiche.riskDescription")} />
              <Select field={f.likelihood} label={t("fiche.riskLikelihood")} options={levels} />
              <Select field={f.impact} label={t("fiche.riskImpact")} options={levels} />
              <TextArea field={f.mitigation} label={t("fiche.riskMitigation")} />
            </>
          );
        }}
      </ListSection>
    </>
  );
}
