import { isIsoDate, type IsoDate } from "./dates";
import type { TaskKind } from "./enums";

export interface ScheduleTask {
  id: string;
  name: string;
  kind: TaskKind;
  start: IsoDate;
  /** Inclusive last day; a milestone's end is its start. */
  end: IsoDate;
  /** Finish-to-start: this task starts only once each of these has ended. */
  dependsOn: readonly string[];
  responsibleTeryt?: string | null;
}

export type ScheduleIssueCode =
  | "startInvalid"
  | "endInvalid"
  | "endBeforeStart"
  | "milestoneSpan"
  | "beforeProjectStart"
  | "afterProjectEnd"
  | "unknownDependency"
  | "selfDependency"
  | "startsBeforePredecessorEnds"
  | "cycle"
  | "responsibleNotMember";

export interface ScheduleIssue {
  taskId: string;
  code: ScheduleIssueCode;
  field: "start" | "end" | "dependsOn" | "responsibleTeryt";
  /** The other task involved (predecessor, or the tasks of a cycle joined by " → "). */
  other?: string;
}

export interface ScheduleBounds {
  start: IsoDate | null;
  end: IsoDate | null;
}

/**
 * Every problem of a schedule: dates real and in order (a milestone is one day), inside the project's
 * dates, dependencies known, not on itself, respected (a task starts no earlier than the day its
 * predecessor ends), no cycles, the responsible JST a member.
 */
export function checkSchedule(
  tasks: readonly ScheduleTask[],
  project: ScheduleBounds,
  memberTeryts?: ReadonlySet<string>,
): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const task of tasks) {
    const startOk = isIsoDate(task.start);
    const endOk = isIsoDate(task.end);
    if (!startOk) issues.push({ taskId: task.id, code: "startInvalid", field: "start" });
    if (!endOk) issues.push({ taskId: task.id, code: "endInvalid", field: "end" });
    if (startOk && endOk) {
      if (task.kind === "milestone" && task.end !== task.start) issues.push({ taskId: task.id, code: "milestoneSpan", field: "end" });
      else if (task.end < task.start) issues.push({ taskId: task.id, code: "endBeforeStart", field: "end" });
    }
    if (startOk && project.start && task.start < project.start) issues.push({ taskId: task.id, code: "beforeProjectStart", field: "start" });
    if (endOk && project.end && task.end > project.end) issues.push({ taskId: task.id, code: "afterProjectEnd", field: "end" });
    if (memberTeryts && task.responsibleTeryt && !memberTeryts.has(task.responsibleTeryt)) {
      issues.push({ taskId: task.id, code: "responsibleNotMember", field: "responsibleTeryt" });
    }
    for (const dep of task.dependsOn) {
      const predecessor = byId.get(dep);
      if (dep === task.id) issues.push({ taskId: task.id, code: "selfDependency", field: "dependsOn" });
      else if (!predecessor) issues.push({ taskId: task.id, code: "unknownDependency", field: "dependsOn", other: dep });
      else if (startOk && isIsoDate(predecessor.end) && task.start < predecessor.end) {
        issues.push({ taskId: task.id, code: "startsBeforePredecessorEnds", field: "start", other: predecessor.id });
      }
    }
  }
  for (const cycle of findCycles(tasks)) {
    issues.push({ taskId: cycle[0], code: "cycle", field: "dependsOn", other: [...cycle, cycle[0]].join(" → ") });
  }
  return issues;
}

/** Dependency cycles (each once, as the ids around it), ignoring self-dependencies and unknown ids. */
export function findCycles(tasks: readonly Pick<ScheduleTask, "id" | "dependsOn">[]): string[][] {
  const edges = new Map(tasks.map((t) => [t.id, t.dependsOn.filter((d) => d !== t.id)]));
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (id: string) => {
    state.set(id, "open");
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (!edges.has(next)) continue;
      const s = state.get(next);
      if (s === "open") cycles.push(stack.slice(stack.indexOf(next)));
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const task of tasks) if (!state.has(task.id)) visit(task.id);
  return cycles;
}

/** The tasks in an order where every predecessor comes first (stable by start date); cycles stay in input order. */
export function orderTasks<T extends Pick<ScheduleTask, "id" | "start" | "dependsOn">>(tasks: readonly T[]): T[] {
  const sorted = [...tasks].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const placed = new Set<string>();
  const out: T[] = [];
  const ids = new Set(tasks.map((t) => t.id));
  let progress = true;
  while (out.length < sorted.length && progress) {
    progress = false;
    for (const task of sorted) {
      if (placed.has(task.id)) continue;
      if (task.dependsOn.every((d) => d === task.id || !ids.has(d) || placed.has(d))) {
        placed.add(task.id);
        out.push(task);
        progress = true;
      }
    }
  }
  for (const task of sorted) if (!placed.has(task.id)) out.push(task);
  return out;
}

/** The span of a schedule: first start and last end, or null without valid tasks. */
export function scheduleSpan(tasks: readonly Pick<ScheduleTask, "start" | "end">[]): { start: IsoDate; end: IsoDate } | null {
  const valid = tasks.filter((t) => isIsoDate(t.start) && isIsoDate(t.end));
  if (valid.length === 0) return null;
  return {
    start: valid.reduce((m, t) => (t.start < m ? t.start : m), valid[0].start),
    end: valid.reduce((m, t) => (t.end > m ? t.end : m), valid[0].end),
  };
}
