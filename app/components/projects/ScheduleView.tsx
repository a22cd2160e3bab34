import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { GanttChart } from "./GanttChart";
import { formatDay, unitName, type UnitOption } from "./labels";

export interface TaskRow {
  id: string;
  name: string;
  kind: "task" | "milestone";
  start: string;
  end: string;
  responsibleTeryt: string | null;
  dependsOn: string[];
}

/** The schedule as a Gantt chart (a picture) and as a table (the same data for keyboard and screen readers). */
export function ScheduleView({
  tasks,
  units,
  locale,
  actions,
}: {
  tasks: readonly TaskRow[];
  units: readonly UnitOption[];
  locale: "pl" | "en";
  actions?: (task: TaskRow) => ReactNode;
}) {
  const { t } = useTranslation("projects");
  if (tasks.length === 0) return <p className="empty-state">{t("page.scheduleEmpty")}</p>;
  const name = (id: string) => tasks.find((x) => x.id === id)?.name ?? id;
  return (
    <>
      <p className="hint">{t("page.scheduleChartHint")}</p>
      <GanttChart
        label={t("page.schedule")}
        locale={locale}
        items={tasks.map((task) => ({ id: task.id, name: task.name, start: task.start, end: task.end, dependsOn: task.dependsOn, milestone: task.kind === "milestone" }))}
      />
      <div className="table-scroll">
        <table data-testid="schedule-table">
          <caption>{t("schedule.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("schedule.columns.name")}</th>
              <th scope="col">{t("schedule.columns.kind")}</th>
              <th scope="col">{t("schedule.columns.start")}</th>
              <th scope="col">{t("schedule.columns.end")}</th>
              <th scope="col">{t("schedule.columns.responsible")}</th>
              <th scope="col">{t("schedule.columns.dependsOn")}</th>
              {actions ? <th scope="col">{t("schedule.columns.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id}>
                <th scope="row">{task.name}</th>
                <td>{t(`schedule.kinds.${task.kind}`)}</td>
                <td>{formatDay(task.start, locale)}</td>
                <td>{formatDay(task.end, locale)}</td>
                <td>{unitName(units, task.responsibleTeryt, t)}</td>
                <td>{task.dependsOn.length ? task.dependsOn.map(name).join(", ") : t("schedule.none")}</td>
                {actions ? <td>{actions(task)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
