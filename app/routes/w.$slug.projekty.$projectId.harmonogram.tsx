import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRouteLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import { formatDay } from "~/components/projects/labels";
import { ScheduleView } from "~/components/projects/ScheduleView";
import { TaskForm } from "~/components/projects/TaskForm";
import ganttStyles from "~/components/projects/gantt.css?url";
import projectStyles from "~/components/projects/projects.css?url";
import { can } from "~/lib/policy";
import { loadProject } from "~/lib/projects/access.server";
import { guard } from "~/lib/guard.server";
import { memberUnits } from "~/lib/projects/projects.server";
import { scheduleAction } from "~/lib/projects/schedule-actions.server";
import { listTasks } from "~/lib/projects/schedule.server";
import type { loader as rootLoader } from "~/root";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: projectStyles },
  { rel: "stylesheet", href: ganttStyles },
];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Harmonogram — ${data?.project.title ?? ""} — Wspólnie` }];

export async function loader(args: LoaderFunctionArgs) {
  const { partnership, project, resource, auth } = await guard(args, "project.read", (db) => loadProject(db, args.params.slug, args.params.projectId));
  const db = args.context.database.db;
  const [tasks, units] = await Promise.all([listTasks(db, project.id), memberUnits(db, partnership.id)]);
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    project: { id: project.id, title: project.title, start: project.startDate, end: project.endDate, leadTeryt: project.leadTeryt },
    tasks: tasks.map(({ projectId: _p, ...task }) => ({ ...task, dependsOn: [...task.dependsOn] })),
    units,
    mayEdit: can(auth.actor, "project.edit", resource),
  };
}

export const action = scheduleAction;

export default function SchedulePage() {
  const { partnership, project, tasks, units, mayEdit } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const locale = useRouteLoaderData<typeof rootLoader>("root")?.locale ?? "pl";
  const [search] = useSearchParams();
  const { t } = useTranslation("projects");
  const base = `/w/${partnership.slug}/projekty/${project.id}`;
  const editing = tasks.find((task) => task.id === search.get("zadanie")) ?? null;
  const notice = search.get("zapisano") ? t("schedule.saved") : search.get("usunieto") ? t("schedule.deleted") : null;
  return (
    <div className="page page--wide">
      <Breadcrumb partnership={partnership} trail={[{ to: `/w/${partnership.slug}/projekty`, label: t("package.title") }, { to: base, label: project.title }]} />
      <h1>{t("schedule.title", { title: project.title })}</h1>
      <p className="lead">{t("schedule.lead")}</p>
      <p>{t("schedule.projectDates", { start: formatDay(project.start, locale), end: formatDay(project.end, locale) })}</p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ScheduleView
        tasks={tasks}
        units={units}
        locale={locale}
        actions={
          mayEdit
            ? (task) => (
                <span className="actions">
                  <Link to={`?zadanie=${task.id}#task-form-title`}>
                    {t("schedule.editTask")}
                    <span className="visually-hidden">: {task.name}</span>
                  </Link>
                  <Form method="post">
                    <input type="hidden" name="intent" value="delete" />
                    <input type="hidden" name="taskId" value={task.id} />
                    <button type="submit" className="button button--secondary">
                      {t("schedule.delete")}
                      <span className="visually-hidden">: {task.name}</span>
                    </button>
                  </Form>
                </span>
              )
            : undefined
        }
      />
      {mayEdit ? <TaskForm key={editing?.id ?? "new"} units={units} tasks={tasks} editing={editing} lastResult={lastResult} leadTeryt={project.leadTeryt} /> : null}
    </div>
  );
}
