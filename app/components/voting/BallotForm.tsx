import { getCollectionProps, getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, useErrorText } from "~/components/form-fields";
import type { PollMethod } from "~/lib/enums";
import { ballotFormSchema } from "~/lib/voting/forms";

const SCORES = [0, 1, 2, 3, 4, 5];

/** The voter's ballot: one project (radio buttons) or a score 0–5 for each; the receipt to change a secret one. */
export function BallotForm({
  method,
  secret,
  voted,
  candidates,
  lastResult,
  error,
}: {
  method: PollMethod;
  secret: boolean;
  voted: boolean;
  candidates: { id: string; title: string }[];
  lastResult?: SubmissionResult<string[]> | null;
  error?: string | null;
}) {
  const { t } = useTranslation("voting");
  const text = useErrorText();
  const [form, fields] = useForm({
    id: "ballot",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ballotFormSchema }),
    shouldValidate: "onSubmit",
  });
  const needsReceipt = secret && voted;
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="vote" />
      <FormErrors id={form.errorId} errors={[...(form.errors ?? []), ...(error ? [text(error)] : [])]} />
      {method === "single" ? (
        <fieldset className="field">
          <legend>{t("vote.choice")}</legend>
          {getCollectionProps(fields.choice, { type: "radio", options: candidates.map((c) => c.id) }).map((props) => (
            <div key={props.key}>
              <input {...props} key={props.key} required />{" "}
              <label htmlFor={props.id}>{candidates.find((c) => c.id === props.value)?.title}</label>
            </div>
          ))}
        </fieldset>
      ) : (
        <fieldset className="field">
          <legend>{t("vote.score")}</legend>
          {candidates.map((c, i) => (
            <div key={c.id} className="field">
              <label htmlFor={`score-${i}`}>{c.title}</label>
              <select id={`score-${i}`} name={`score.${c.id}`} defaultValue="" required>
                <option value="" disabled>
                  —
                </option>
                {SCORES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      )}
      {needsReceipt ? (
        <div className="field">
          <label htmlFor={fields.receipt.id}>{t("vote.receipt")}</label>
          <p id={`${fields.receipt.id}-hint`} className="field-hint" style={{ margin: 0 }}>
            {t("vote.receiptHint")}
          </p>
          <input {...getInputProps(fields.receipt, { type: "text" })} key={fields.receipt.key} required autoComplete="off" aria-describedby={`${fields.receipt.id}-hint`} />
        </div>
      ) : null}
      <p className="form-actions">
        <button type="submit">{voted ? t("vote.change") : t("vote.submit")}</button>
      </p>
    </Form>
  );
}
