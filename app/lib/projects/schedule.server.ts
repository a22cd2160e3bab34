import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { projectTaskDependencies, projectTasks } from "../../../db/schema";
import { isUuid } from "../ids";
import type { TaskKind } from "./enums";
import { memberTerytsOf, type ProjectRow } from "./projects.server";
import { checkSchedule, orderTasks, type ScheduleIssue, type ScheduleTask } from "./schedule";

export interface TaskInput {
  name: string;
  kind: TaskKind;
  start: string;
  end: string;
  responsibleTeryt: string | null;
  dependsOn: string[];
}

export type StoredTask = ScheduleTask & { responsibleTeryt: string | null };

/** The project's tasks in schedule order (predecessors first), each with the ids it depends on. */
export async function listTasks(db: Pick<Db, "select">, projectIds: string | readonly string[]): Promise<(StoredTask & { projectId: string })[]> {
  const ids = typeof projectIds === "string" ? [projectIds] : [...projectIds];
  if (ids.length === 0) return [];
  const rows = await db.select().from(projectTasks).where(inArray(projectTasks.projectId, ids)).orderBy(asc(projectTasks.startDate), asc(projectTasks.createdAt));
  const deps = rows.length
    ? await db.select().from(projectTaskDependencies).where(inArray(projectTaskDependencies.taskId, rows.map((r) => r.id)))
    : [];
  return orderTasks(
    rows.map((r) => ({
      id: r.id,
      projectId: r.projectId,
      name: r.name,
      kind: r.kind,
      start: r.startDate,
      end: r.endDate,
      responsibleTeryt: r.teryt,
      dependsOn: deps.filter((d) => d.taskId === r.id).map((d) => d.dependsOnId),
    })),
  );
}

export type TaskSaveResult = { status: "saved"; taskId: string } | { status: "invalid"; issues: ScheduleIssue[] } | { status: "missing" };

/**
 * Adds a task (no `taskId`) or changes one, after checking the whole schedule with it: dates, the project's
 * dates, dependencies respected in both directions, no cycle, the responsible JST a member. Only issues that
 * involve this task refuse the save (an older problem elsewhere does not block fixing something else).
 */
export async function saveTask(db: Db, project: ProjectRow, taskId: string | null, input: TaskInput): Promise<TaskSaveResult> {
  if (taskId !== null && !isUuid(taskId)) return { status: "missing" };
  return db.transaction(async (tx) => {
    const current = await listTasks(tx, project.id);
    if (taskId && !current.some((t) => t.id === taskId)) return { status: "missing" };
    const id = taskId ?? "new";
    const candidate: StoredTask = { id, ...input, end: input.kind === "milestone" ? input.start : input.end, dependsOn: [...new Set(input.dependsOn)] };
    const schedule = [...current.filter((t) => t.id !== id), candidate];
    const members = new Set(await memberTerytsOf(tx, project.partnershipId));
    const issues = checkSchedule(schedule, { start: project.startDate, end: project.endDate }, members).filter(
      (i) => i.taskId === id || i.other === id || (i.code === "cycle" && i.other?.split(" → ").includes(id)),
    );
    if (issues.length > 0) return { status: "invalid", issues };
    const values = {
      name: input.name,
      kind: input.kind,
      startDate: candidate.start,
      endDate: candidate.end,
      teryt: input.responsibleTeryt,
    };
    let savedId: string;
    if (taskId) {
      await tx.update(projectTasks).set(values).where(and(eq(projectTasks.id, taskId), eq(projectTasks.projectId, project.id)));
      await tx.delete(projectTaskDependencies).where(eq(projectTaskDependencies.taskId, taskId));
      savedId = taskId;
    } else {
      const [row] = await tx
        .insert(projectTasks)
        .values({ ...values, projectId: project.id, partnershipId: project.partnershipId })
        .returning({ id: projectTasks.id });
      savedId = row.id;
    }
    if (candidate.dependsOn.length) {
      await tx.insert(projectTaskDependencies).values(candidate.dependsOn.map((dependsOnId) => ({ taskId: savedId, dependsOnId })));
    }
    return { status: "saved", taskId: savedId };
  });
}

/** Deletes a task of the project (its dependencies go with it). False when there was none. */
export async function deleteTask(db: Db, projectId: string, taskId: string): Promise<boolean> {
  if (!isUuid(taskId)) return false;
  const rows = await db.delete(projectTasks).where(and(eq(projectTasks.id, taskId), eq(projectTasks.projectId, projectId))).returning({ id: projectTasks.id });
  return rows.length > 0;
}
