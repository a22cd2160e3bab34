import { getCollectionProps, getFormProps, getInputProps, getSelectProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { describedBy, Field, FieldErrors, FormErrors, TextAreaField } from "~/components/form-fields";
import { POLL_METHODS } from "~/lib/enums";
import { pollFormSchema } from "~/lib/voting/forms";

export interface CandidateChoice {
  id: string;
  title: string;
  maturity: number;
}

/** Preparing a poll: title, description, method, secret/live, quorum, planned times in Polish time, candidates. */
export function PollForm({ lastResult, candidates, cancelTo }: { lastResult: SubmissionResult<string[]> | null | undefined; candidates: CandidateChoice[]; cancelTo: string }) {
  const { t } = useTranslation("voting");
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { method: "single", quorumPercent: "50", secret: "on" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: pollFormSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const when = (date: FieldMetadata<string | undefined>, time: FieldMetadata<string | undefined>, legend: string) => (
    <fieldset className="field">
      <legend>{legend}</legend>
      <label htmlFor={date.id}>{t("form.date")}</label>
      <input {...getInputProps(date, { type: "date" })} key={date.key} aria-describedby={describedBy(date)} />
      <FieldErrors field={date} />
      <label htmlFor={time.id}>{t("form.time")}</label>
      <input {...getInputProps(time, { type: "time" })} key={time.key} aria-describedby={describedBy(time)} />
      <FieldErrors field={time} />
    </fieldset>
  );
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Field field={fields.title} label={t("form.title")}>
        <input {...getInputProps(fields.title, { type: "text" })} key={fields.title.key} aria-describedby={describedBy(fields.title)} />
      </Field>
      <TextAreaField field={fields.description} label={t("form.description")} />
      <Field field={fields.method} label={t("form.method")}>
        <select {...getSelectProps(fields.method)} key={fields.method.key} aria-describedby={describedBy(fields.method)}>
          {POLL_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`method.${m}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="field">
        <label>
          <input {...getInputProps(fields.secret, { type: "checkbox" })} key={fields.secret.key} /> {t("form.secret")}
        </label>
      </div>
      <div className="field">
        <label>
          <input {...getInputProps(fields.liveResults, { type: "checkbox" })} key={fields.liveResults.key} aria-describedby={describedBy(fields.liveResults)} /> {t("form.liveResults")}
        </label>
        <FieldErrors field={fields.liveResults} />
      </div>
      <Field field={fields.quorumPercent} label={t("form.quorum")}>
        <input {...getInputProps(fields.quorumPercent, { type: "number" })} key={fields.quorumPercent.key} min={0} max={99} aria-describedby={describedBy(fields.quorumPercent)} />
      </Field>
      {when(fields.opensDate, fields.opensTime, t("form.opens"))}
      {when(fields.closesDate, fields.closesTime, t("form.closes"))}
      <fieldset className="field" aria-describedby={describedBy(fields.candidates)}>
        <legend>{t("form.candidates")}</legend>
        {getCollectionProps(fields.candidates, { type: "checkbox", options: candidates.map((c) => c.id) }).map((props) => {
          const c = candidates.find((x) => x.id === props.value)!;
          return (
            <div key={props.key}>
              <input {...props} key={props.key} />{" "}
              <label htmlFor={props.id}>{t("form.candidateLabel", { title: c.title, maturity: c.maturity })}</label>
            </div>
          );
        })}
        <FieldErrors field={fields.candidates} />
      </fieldset>
      <p className="form-actions">
        <button type="submit">{t("form.create")}</button> <Link to={cancelTo}>{t("form.cancel")}</Link>
      </p>
    </Form>
  );
}
