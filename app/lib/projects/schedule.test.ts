import { describe, expect, it } from "vitest";
import { checkSchedule, findCycles, orderTasks, scheduleSpan, type ScheduleBounds, type ScheduleTask } from "./schedule";

const project = { start: "2026-01-01", end: "2027-12-31" };
const task = (id: string, start: string, end: string, dependsOn: string[] = [], extra: Partial<ScheduleTask> = {}): ScheduleTask => ({
  id,
  name: id,
  kind: "task",
  start,
  end,
  dependsOn,
  ...extra,
});
const codes = (tasks: ScheduleTask[], bounds: ScheduleBounds = project, members?: Set<string>) =>
  checkSchedule(tasks, bounds, members).map((i) => `${i.taskId}:${i.code}${i.other ? `(${i.other})` : ""}`);

describe("schedule validation", () => {
  it("accepts a valid schedule with a dependency and a milestone", () => {
    const tasks = [
      task("a", "2026-01-01", "2026-06-30"),
      task("b", "2026-06-30", "2026-12-31", ["a"]),
      task("m", "2027-01-15", "2027-01-15", ["b"], { kind: "milestone" }),
    ];
    expect(codes(tasks)).toEqual([]);
  });

  it("wants real dates, the end not before the start, a milestone on one day", () => {
    expect(codes([task("a", "2026-02-30", "2026-03-01")])).toEqual(["a:startInvalid"]);
    expect(codes([task("a", "2026-03-01", "marzec")])).toEqual(["a:endInvalid"]);
    expect(codes([task("a", "2026-03-02", "2026-03-01")])).toEqual(["a:endBeforeStart"]);
    expect(codes([task("a", "2026-03-01", "2026-03-01")])).toEqual([]);
    expect(codes([task("m", "2026-03-01", "2026-03-02", [], { kind: "milestone" })])).toEqual(["m:milestoneSpan"]);
  });

  it("keeps tasks inside the project's dates (the edges included)", () => {
    expect(codes([task("a", "2025-12-31", "2026-02-01")])).toEqual(["a:beforeProjectStart"]);
    expect(codes([task("a", "2027-12-01", "2028-01-01")])).toEqual(["a:afterProjectEnd"]);
    expect(codes([task("a", "2026-01-01", "2027-12-31")])).toEqual([]);
    expect(codes([task("a", "2020-01-01", "2030-01-01")], { start: null, end: null })).toEqual([]);
  });

  it("refuses a task that starts before its predecessor ends", () => {
    const tasks = [task("a", "2026-01-01", "2026-06-30"), task("b", "2026-06-29", "2026-12-31", ["a"])];
    expect(codes(tasks)).toEqual(["b:startsBeforePredecessorEnds(a)"]);
  });

  it("refuses unknown and self dependencies", () => {
    expect(codes([task("a", "2026-01-01", "2026-02-01", ["zzz"])])).toEqual(["a:unknownDependency(zzz)"]);
    expect(codes([task("a", "2026-01-01", "2026-02-01", ["a"])])).toEqual(["a:selfDependency"]);
  });

  it("finds cycles, long and short", () => {
    const two = [task("a", "2026-01-01", "2026-01-01", ["b"]), task("b", "2026-01-01", "2026-01-01", ["a"])];
    expect(codes(two)).toContain("a:cycle(a → b → a)");
    const three = [
      task("a", "2026-01-01", "2026-01-01", ["c"]),
      task("b", "2026-01-01", "2026-01-01", ["a"]),
      task("c", "2026-01-01", "2026-01-01", ["b"]),
    ];
    expect(findCycles(three)).toEqual([["a", "c", "b"]]);
    expect(findCycles([task("a", "2026-01-01", "2026-01-02"), task("b", "2026-01-03", "2026-01-04", ["a"])])).toEqual([]);
  });

  it("checks the responsible JST is a member", () => {
    const members = new Set(["2013"]);
    expect(codes([task("a", "2026-01-01", "2026-01-02", [], { responsibleTeryt: "2013" })], project, members)).toEqual([]);
    expect(codes([task("a", "2026-01-01", "2026-01-02", [], { responsibleTeryt: "1465011" })], project, members)).toEqual([
      "a:responsibleNotMember",
    ]);
  });

  it("orders tasks so predecessors come first, and measures the span", () => {
    const tasks = [task("b", "2026-01-01", "2026-03-01", ["a"]), task("a", "2026-02-01", "2026-02-15"), task("c", "2025-12-01", "2026-01-01")];
    expect(orderTasks(tasks).map((t) => t.id)).toEqual(["c", "a", "b"]);
    expect(scheduleSpan(tasks)).toEqual({ start: "2025-12-01", end: "2026-03-01" });
    expect(scheduleSpan([])).toBeNull();
  });
});
