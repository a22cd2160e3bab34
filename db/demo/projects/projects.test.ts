import { Node as PmNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { documentSchema } from "../../../app/lib/editor/extensions";
import { isEmptyJson, type PmJson } from "../../../app/lib/editor/text";
import { demoMembers } from "../members";
import { ABPT_GOALS } from "../strategy/augustowsko-biebrzanski";
import { WGJC_GOALS } from "../strategy/wiele-gmin-jeden-cel";
import { ZW_DIRECTIONS } from "../strategy/zw-directions";
import { ZW_GOALS } from "../strategy/zw-goals";
import { ZW_PACKAGE } from "../strategy/zw-space";
import type { DemoProject } from "../types";
import { FEASIBILITY_SECTIONS } from "./feasibility";
import { DEMO_PROJECTS } from "./index";

const GOALS: Record<string, readonly { code: string; title: string }[]> = {
  "ziemia-wysokomazowiecka": ZW_GOALS,
  "wiele-gmin-jeden-cel": WGJC_GOALS,
  "augustowsko-biebrzanski-park-turystyczny": ABPT_GOALS,
};

const all = Object.values(DEMO_PROJECTS).flat();
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
const valid = (json: PmJson) => PmNode.fromJSON(documentSchema(), json).check();

describe("demo project packages", () => {
  const members = demoMembers();

  it("gives each pilot partnership at least 5 projects over all four areas, strategic and complementary", () => {
    expect(Object.keys(DEMO_PROJECTS).sort()).toEqual([...members.keys()].sort());
    for (const [slug, projects] of Object.entries(DEMO_PROJECTS)) {
      expect(projects.length, slug).toBeGreaterThanOrEqual(5);
      expect(new Set(projects.map((p) => p.area)), slug).toEqual(
        new Set(["economic", "social", "environmental", "institutional"]),
      );
      expect(new Set(projects.map((p) => p.type)), slug).toEqual(new Set(["strategic", "complementary"]));
      for (const project of projects) expect(project.partnership).toBe(slug);
    }
    expect(new Set(all.map((p) => p.key)).size).toBe(all.length);
  });

  it.each(all)("$key: lead, partners and contributors are members of its partnership only", (project) => {
    const own = members.get(project.partnership)!;
    expect(own.has(project.leadTeryt)).toBe(true);
    // The JSON contract's leadTeryt is a gmina's 7-digit TERC code (docs/projects.md): demo projects are led by gminas.
    expect(project.leadTeryt).toMatch(/^\d{7}$/);
    for (const teryt of project.partnerTeryts) expect(own.has(teryt), teryt).toBe(true);
    expect(project.partnerTeryts).not.toContain(project.leadTeryt);
    expect(new Set(project.partnerTeryts).size).toBe(project.partnerTeryts.length);
    const taking = new Set([project.leadTeryt, ...project.partnerTeryts]);
    for (const c of project.costs.ownContributions) expect(taking.has(c.teryt), c.teryt).toBe(true);
    for (const t of project.schedule) expect(taking.has(t.responsibleTeryt), t.key).toBe(true);
  });

  it.each(all)(
    "$key: eligible ≤ total, and own contributions plus funding add up to the total",
    ({ costs, funding }) => {
      expect(costs.eligible).toBeLessThanOrEqual(costs.total);
      expect(costs.ownContributions.every((c) => c.amount > 0)).toBe(true);
      expect(funding.every((f) => f.amount > 0)).toBe(true);
      const ownShare = sum(costs.ownContributions.map((c) => c.amount));
      expect(sum([ownShare, ...funding.map((f) => f.amount)])).toBe(costs.total);
    },
  );

  it.each(all)("$key: a schedule inside the project's dates whose dependencies come first", (project: DemoProject) => {
    expect(project.start >= "2026-01-01" && project.end <= "2029-12-31").toBe(true);
    expect(project.start < project.end).toBe(true);
    const byKey = new Map(project.schedule.map((t) => [t.key, t]));
    expect(byKey.size).toBe(project.schedule.length);
    for (const task of project.schedule) {
      expect(task.start <= task.end, task.key).toBe(true);
      expect(task.start >= project.start && task.end <= project.end, task.key).toBe(true);
      if (task.milestone) expect(task.start).toBe(task.end);
      for (const dep of task.dependsOn) {
        expect(byKey.has(dep), `${task.key} ← ${dep}`).toBe(true);
        expect(byKey.get(dep)!.end <= task.start, `${task.key} starts before ${dep} ends`).toBe(true);
      }
    }
    expect(project.schedule.some((t) => t.dependsOn.length > 0)).toBe(true);
    expect(project.schedule.some((t) => t.milestone)).toBe(true);
  });

  it.each(all)("$key: maturity backed by evidence for every level reached, dated and linked", ({ maturity }) => {
    expect(maturity.evidence.map((e) => e.level)).toEqual(Array.from({ length: maturity.level }, (_, i) => i + 1));
    const dates = maturity.evidence.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    for (const e of maturity.evidence) {
      expect(e.date <= "2026-11-30").toBe(true);
      expect(new URL(e.url).protocol).toBe("https:");
      expect(e.what.length).toBeGreaterThan(10);
    }
  });

  it.each(all)("$key: goal of its strategy, indicators of both kinds, integration test and text", (project) => {
    const goal = GOALS[project.partnership].find((g) => g.code === project.goal.code);
    expect(goal?.title).toBe(project.goal.title);
    expect(project.direction.code.startsWith(`K${project.goal.code.slice(2)}.`)).toBe(true);
    expect(new Set(project.indicators.map((i) => i.kind))).toEqual(new Set(["output", "result"]));
    for (const i of project.indicators) expect(i.year).toBeGreaterThanOrEqual(2026);
    expect(Object.values(project.integration).filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(project.risks.length).toBeGreaterThan(0);
    expect(() => valid(project.description)).not.toThrow();
    expect(isEmptyJson(project.description)).toBe(false);
    expect(Object.keys(project.feasibility)).toEqual([...FEASIBILITY_SECTIONS]);
    const written = Object.values(project.feasibility).filter((s): s is PmJson => s !== null);
    expect(written.length).toBeGreaterThan(0);
    for (const section of written) expect(() => valid(section)).not.toThrow();
  });

  it("links Ziemia Wysokomazowiecka's fiches to the directions of its strategy and to its package section", () => {
    const projects = DEMO_PROJECTS["ziemia-wysokomazowiecka"];
    for (const project of projects) {
      const direction = ZW_DIRECTIONS.find((d) => d.code === project.direction.code);
      expect(direction?.title, project.key).toBe(project.direction.title);
    }
    expect(ZW_PACKAGE.map((p) => p.key)).toEqual(projects.map((p) => p.key));
    // Feasibility analyses in every stage: one complete, others started.
    const completeness = projects.map((p) => Object.values(p.feasibility).filter(Boolean).length);
    expect(completeness).toContain(6);
    expect(Math.min(...completeness)).toBeLessThan(6);
  });

  it("adds up to the financial framework of the strategy (119,5 mln zł, own share 25,2 mln zł)", () => {
    const projects = DEMO_PROJECTS["ziemia-wysokomazowiecka"];
    expect(sum(projects.map((p) => p.costs.total))).toBe(119_500_000);
    expect(sum(projects.flatMap((p) => p.costs.ownContributions.map((c) => c.amount)))).toBe(25_175_000);
  });
});
