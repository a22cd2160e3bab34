import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "~/components/form-fields";
import { EVIDENCE_KINDS, evidenceLevel } from "~/lib/projects/maturity";
import { evidenceSchema, levelSchema } from "~/lib/projects/maturity-schema";
import { FieldErrors, Input, Select } from "./controls";

/** Adding evidence (a link or a file) and setting the level, each its own Conform form. */
export function EvidenceForm({ lastResult, today }: { lastResult?: SubmissionResult<string[]> | null; today: string }) {
  const { t } = useTranslation("projects");
  const [form, fields] = useForm({
    id: "evidence",
    lastResult,
    defaultValue: { date: today },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: evidenceSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const fileProps = getInputProps(fields.file, { type: "file" });
  return (
    <Form method="post" encType="multipart/form-data" className="form" {...getFormProps(form)} aria-labelledby="evidence-form-title">
      <h3 id="evidence-form-title">{t("maturity.addEvidence")}</h3>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="evidence" />
      <Select
        field={fields.kind}
        label={t("maturity.evidenceKind")}
        placeholder={t("fiche.choose")}
        options={EVIDENCE_KINDS.map((k) => [k, `${t(`maturity.kinds.${k}`)} (${t("maturity.level", { level: evidenceLevel(k) })})`] as const)}
      />
      <Input field={fields.description} label={t("maturity.evidenceDescription")} size={50} />
      <Input field={fields.date} label={t("maturity.evidenceDate")} size={12} />
      <Input field={fields.url} label={t("maturity.evidenceUrl")} size={50} />
      <div className="field">
        <label htmlFor={fields.file.id}>{t("maturity.evidenceFile")}</label>
        <p id={`${fields.file.id}-hint`} className="field-hint" style={{ margin: 0 }}>
          {t("maturity.evidenceFileHint")}
        </p>
        <input
          {...fileProps}
          key={fileProps.key}
          accept=".pdf,.docx,.odt,.xlsx,.png,.jpg,.jpeg,.gif,.webp"
          aria-describedby={[`${fields.file.id}-hint`, fields.file.errors?.length ? fields.file.errorId : null].filter(Boolean).join(" ")}
        />
        <FieldErrors field={fields.file} />
      </div>
      <button type="submit" className="button">
        {t("maturity.addEvidence")}
      </button>
    </Form>
  );
}

export function LevelForm({ lastResult, current }: { lastResult?: SubmissionResult<string[]> | null; current: number }) {
  const { t } = useTranslation("projects");
  const [form, fields] = useForm({
    id: "level",
    lastResult,
    defaultValue: { level: String(current) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: levelSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <Form method="post" className="form" {...getFormProps(form)} aria-labelledby="level-form-title">
      <h3 id="level-form-title">{t("maturity.set")}</h3>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="level" />
      <Select field={fields.level} label={t("maturity.setLabel")} options={[0, 1, 2, 3, 4, 5].map((l) => [String(l), t(`maturity.levels.${l}`)] as const)} />
      <Input field={fields.note} label={t("maturity.note")} size={50} />
      <button type="submit" className="button">
        {t("maturity.set")}
      </button>
    </Form>
  );
}
