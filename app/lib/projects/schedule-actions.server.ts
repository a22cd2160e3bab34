import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getServerT } from "../request.server";
import { loadProject } from "./access.server";
import { guard } from "../guard.server";
import { memberTerytsOf } from "./projects.server";
import { deleteTask, listTasks, saveTask } from "./schedule.server";
import { createTaskSchema } from "./task-schema";

/** The schedule page's action: save a task (checked against the whole schedule) or delete one. */
export async function scheduleAction(args: ActionFunctionArgs) {
  const { partnership, project, auth: _auth } = await guard(args, "project.edit", (db) => loadProject(db, args.params.slug, args.params.projectId));
  const db = args.context.database.db;
  const back = `/w/${partnership.slug}/projekty/${project.id}/harmonogram`;
  const formData = await args.request.formData();
  if (formData.get("intent") === "delete") {
    const deleted = await deleteTask(db, project.id, String(formData.get("taskId") ?? ""));
    if (!deleted) throw new Response(null, { status: 404 });
    return redirect(`${back}?usunieto=1`);
  }
  const submission = parseWithZod(formData, { schema: createTaskSchema(await memberTerytsOf(db, partnership.id)) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const v = submission.value;
  const result = await saveTask(db, project, v.taskId ?? null, {
    name: v.name,
    kind: v.kind,
    start: v.start,
    end: v.kind === "milestone" ? v.start : v.end!,
    responsibleTeryt: v.responsibleTeryt || null,
    dependsOn: v.dependsOn,
  });
  if (result.status === "missing") throw new Response(null, { status: 404 });
  if (result.status === "invalid") {
    const t = getServerT(args.request);
    const names = new Map((await listTasks(db, project.id)).map((task) => [task.id, task.name]));
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of result.issues) {
      const other = issue.code === "cycle" ? (issue.other ?? "").split(" → ").map((id) => names.get(id) ?? v.name).join(" → ") : (names.get(issue.other ?? "") ?? issue.other);
      (fieldErrors[issue.field] ??= []).push(t(`projects:schedule.issues.${issue.code}`, { other }));
    }
    return data(submission.reply({ fieldErrors }), { status: 400 });
  }
  return redirect(`${back}?zapisano=1`);
}
