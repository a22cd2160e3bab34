import { getCollectionProps, getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "~/components/form-fields";
import { TASK_KINDS } from "~/lib/projects/enums";
import { createTaskSchema } from "~/lib/projects/task-schema";
import { FieldErrors, Input, Select } from "./controls";
import { unitLabel, type UnitOption } from "./labels";
import type { TaskRow } from "./ScheduleView";

/** Add or change one task of the schedule: dates, kind, responsible JST, the tasks it waits for. */
export function TaskForm({
  units,
  tasks,
  editing,
  lastResult,
  leadTeryt,
}: {
  units: readonly UnitOption[];
  tasks: readonly TaskRow[];
  editing: TaskRow | null;
  lastResult?: SubmissionResult<string[]> | null;
  leadTeryt: string;
}) {
  const { t } = useTranslation("projects");
  const navigation = useNavigation();
  const schema = useMemo(() => createTaskSchema(units.map((u) => u.teryt)), [units]);
  const [form, fields] = useForm({
    id: editing ? `task-${editing.id}` : "task-new",
    lastResult,
    defaultValue: editing
      ? { name: editing.name, kind: editing.kind, start: editing.start, end: editing.end, responsibleTeryt: editing.responsibleTeryt ?? "", dependsOn: editing.dependsOn }
      : { kind: "task", responsibleTeryt: leadTeryt, dependsOn: [] },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const others = tasks.filter((task) => task.id !== editing?.id);
  return (
    <Form method="post" className="form" {...getFormProps(form)} aria-labelledby="task-form-title">
      <h2 id="task-form-title">{editing ? t("schedule.editTask") : t("schedule.add")}</h2>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="save" />
      {editing ? <input type="hidden" name="taskId" value={editing.id} /> : null}
      <Input field={fields.name} label={t("schedule.name")} size={50} />
      <Select field={fields.kind} label={t("schedule.kind")} options={TASK_KINDS.map((k) => [k, t(`schedule.kinds.${k}`)] as const)} />
      <Input field={fields.start} label={t("schedule.start")} size={12} />
      <Input field={fields.end} label={t("schedule.end")} size={12} hint={t("schedule.endHint")} />
      <Select field={fields.responsibleTeryt} label={t("schedule.responsible")} options={units.map((u) => [u.teryt, unitLabel(u, t)] as const)} />
      {others.length > 0 ? (
        <fieldset className="field" aria-describedby={fields.dependsOn.errors?.length ? fields.dependsOn.errorId : undefined}>
          <legend>{t("schedule.dependsOn")}</legend>
          <ul className="checkbox-list">
            {getCollectionProps(fields.dependsOn, { type: "checkbox", options: others.map((o) => o.id) }).map((props) => (
              <li key={props.key}>
                <input {...props} key={props.key} />
                <label htmlFor={props.id}>{others.find((o) => o.id === props.value)?.name}</label>
              </li>
            ))}
          </ul>
          <FieldErrors field={fields.dependsOn} />
        </fieldset>
      ) : null}
      <p className="actions">
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("schedule.save")}
        </button>
      </p>
    </Form>
  );
}
