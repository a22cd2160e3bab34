import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { describedBy, Field, FormErrors } from "~/components/form-fields";
import { meetingFormSchema } from "~/lib/sessions/forms";
import { MEETING_BODIES } from "~/lib/enums";

export type MeetingFormDefaults = {
  title?: string;
  body?: string;
  date?: string;
  time?: string;
  durationMinutes?: string;
  videoUrl?: string;
  agenda?: { title: string; link: string }[];
  revision?: string;
};

export interface LinkChoices {
  sections: { value: string; label: string }[];
  projects: { value: string; label: string }[];
}

/** Planning and editing a session: subject, body, date and time in Polish time, duration, video link, agenda. */
export function MeetingForm({
  lastResult,
  defaultValue,
  choices,
  submitLabel,
  cancelTo,
}: {
  lastResult: SubmissionResult<string[]> | null | undefined;
  defaultValue: MeetingFormDefaults;
  choices: LinkChoices;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t } = useTranslation("sessions");
  const [form, fields] = useForm({
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: meetingFormSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const agenda = fields.agenda.getFieldList();
  return (
    <Form method="post" className="form meeting-form" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      {defaultValue.revision ? <input type="hidden" name="revision" value={defaultValue.revision} /> : null}
      <Field field={fields.title} label={t("form.title")}>
        <input {...getInputProps(fields.title, { type: "text" })} key={fields.title.key} aria-describedby={describedBy(fields.title)} />
      </Field>
      <Field field={fields.body} label={t("form.body")}>
        <select {...getSelectProps(fields.body)} key={fields.body.key} aria-describedby={describedBy(fields.body)}>
          {MEETING_BODIES.map((b) => (
            <option key={b} value={b}>
              {t(`body.${b}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="meeting-form__when">
        <Field field={fields.date} label={t("form.date")}>
          <input {...getInputProps(fields.date, { type: "date" })} key={fields.date.key} aria-describedby={describedBy(fields.date)} />
        </Field>
        <Field field={fields.time} label={t("form.time")}>
          <input {...getInputProps(fields.time, { type: "time" })} key={fields.time.key} aria-describedby={describedBy(fields.time)} />
        </Field>
        <Field field={fields.durationMinutes} label={t("form.duration")}>
          <input
            {...getInputProps(fields.durationMinutes, { type: "number" })}
            key={fields.durationMinutes.key}
            min={15}
            max={720}
            step={5}
            aria-describedby={describedBy(fields.durationMinutes)}
          />
        </Field>
      </div>
      <Field field={fields.videoUrl} label={t("form.videoUrl")} hint={t("form.videoUrlHint")}>
        <input {...getInputProps(fields.videoUrl, { type: "url" })} key={fields.videoUrl.key} aria-describedby={describedBy(fields.videoUrl, true)} />
      </Field>
      <fieldset className="meeting-form__agenda">
        <legend>{t("form.agenda")}</legend>
        {fields.agenda.errors?.length ? <FormErrors errors={fields.agenda.errors} /> : null}
        <ol>
          {agenda.map((item, index) => {
            const f = item.getFieldset();
            return (
              <li key={item.key} className="meeting-form__item">
                <Field field={f.title} label={t("form.itemTitle", { number: index + 1 })}>
                  <input {...getInputProps(f.title, { type: "text" })} key={f.title.key} aria-describedby={describedBy(f.title)} />
                </Field>
                <Field field={f.link} label={t("form.itemLink", { number: index + 1 })}>
                  <select {...getSelectProps(f.link)} key={f.link.key} aria-describedby={describedBy(f.link)}>
                    <option value="">{t("form.noLink")}</option>
                    <optgroup label={t("form.sections")}>
                      {choices.sections.map((c) => (
                        <option key={c.value} value={c.value}>
                          {c.label}
                        </option>
                      ))}
                    </optgroup>
                    {choices.projects.length > 0 ? (
                      <optgroup label={t("form.projects")}>
                        {choices.projects.map((c) => (
                          <option key={c.value} value={c.value}>
                            {c.label}
                          </option>
                        ))}
                      </optgroup>
                    ) : null}
                  </select>
                </Field>
                <button className="button button--secondary" {...form.remove.getButtonProps({ name: fields.agenda.name, index })}>
                  {t("form.removeItem", { number: index + 1 })}
                </button>
              </li>
            );
          })}
        </ol>
        <button className="button button--secondary" {...form.insert.getButtonProps({ name: fields.agenda.name, defaultValue: { title: "", link: "" } })}>
          {t("form.addItem")}
        </button>
      </fieldset>
      <p className="actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        <Link to={cancelTo}>{t("form.cancel")}</Link>
      </p>
    </Form>
  );
}
