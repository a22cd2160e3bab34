/**
 * The demo project packages of the three pilot partnerships (shape: DemoProject in ../types.ts). The fiches are
 * data, in data/<slug>.json, in the order of each package: the goal by its code in the partnership's strategy,
 * rich text (the description, the written feasibility sections) as blocks — a string is a paragraph (with
 * `**bold**` and `_italic_`), `{ "h3": … }` a heading, `{ "ul": [...] }` a bullet list.
 */
import { doc, h3, p, ul, type PmJson } from "../pm";
import { ABPT_GOALS } from "../strategy/augustowsko-biebrzanski";
import { WGJC_GOALS } from "../strategy/wiele-gmin-jeden-cel";
import { ZW_GOALS } from "../strategy/zw-goals";
import type { DemoProject, FeasibilitySection } from "../types";
import abpt from "./data/augustowsko-biebrzanski-park-turystyczny.json";
import wgjc from "./data/wiele-gmin-jeden-cel.json";
import zw from "./data/ziemia-wysokomazowiecka.json";
import { feasibility } from "./feasibility";

type Block = string | { h3: string } | { ul: string[] };
type StoredProject = Omit<DemoProject, "partnership" | "goal" | "description" | "feasibility"> & {
  goal: string;
  description: Block[];
  feasibility: Partial<Record<FeasibilitySection, Block[]>>;
};

const richText = (blocks: Block[]): PmJson =>
  doc(...blocks.map((b) => (typeof b === "string" ? p(b) : "h3" in b ? h3(b.h3) : ul(...b.ul))));

function packageOf(slug: string, goals: readonly { code: string; title: string }[], stored: unknown): DemoProject[] {
  return (stored as StoredProject[]).map((project) => {
    const goal = goals.find((g) => g.code === project.goal);
    if (!goal) throw new Error(`demo project ${project.key}: no goal ${project.goal}`);
    const written = Object.entries(project.feasibility).map(([section, blocks]) => [section, richText(blocks)]);
    return {
      ...project,
      partnership: slug,
      goal: { code: goal.code, title: goal.title },
      description: richText(project.description),
      feasibility: feasibility(Object.fromEntries(written)),
    };
  });
}

/** Every demo project, grouped by partnership slug, in the order of each package. */
export const DEMO_PROJECTS: Record<string, readonly DemoProject[]> = {
  "ziemia-wysokomazowiecka": packageOf("ziemia-wysokomazowiecka", ZW_GOALS, zw),
  "wiele-gmin-jeden-cel": packageOf("wiele-gmin-jeden-cel", WGJC_GOALS, wgjc),
  "augustowsko-biebrzanski-park-turystyczny": packageOf("augustowsko-biebrzanski-park-turystyczny", ABPT_GOALS, abpt),
};

export function demoProject(key: string): DemoProject {
  const project = Object.values(DEMO_PROJECTS)
    .flat()
    .find((p) => p.key === key);
  if (!project) throw new Error(`no demo project ${key}`);
  return project;
}
