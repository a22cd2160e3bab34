import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { storeDerived } from "../app/lib/documents/store.server";
import { applyContent, paragraphs } from "../app/lib/editor/derive.server";
import type { ProjectDocumentKind } from "../app/lib/projects/document-sections";
import type { FicheInput } from "../app/lib/projects/fiche-schema";
import { addEvidence, setMaturity } from "../app/lib/projects/maturity.server";
import { listProjectDocuments } from "../app/lib/projects/project-documents.server";
import { createProject } from "../app/lib/projects/projects.server";
import { setEditingRights } from "../app/lib/projects/rights.server";
import { saveTask } from "../app/lib/projects/schedule.server";
import type { Db } from "./client";
import { ABPT_PROJECTS } from "./demo/projects/augustowsko-biebrzanski";
import type { DemoPackage, DemoProject } from "./demo/projects/types";
import { WGJC_PROJECTS } from "./demo/projects/wiele-gmin-jeden-cel";
import { ZW_PROJECTS } from "./demo/projects/ziemia-wysokomazowiecka";
import { documentUpdates, partnerships, users } from "./schema";

export const DEMO_PACKAGES: readonly DemoPackage[] = [ZW_PROJECTS, WGJC_PROJECTS, ABPT_PROJECTS];

/** Splits `total` grosze by weights exactly (largest remainder): the parts add up to the total. */
export function splitExactly(total: number, weights: Record<string, number>): { teryt: string; amount: number }[] {
  const entries = Object.entries(weights);
  const sum = entries.reduce((s, [, w]) => s + w, 0);
  const parts = entries.map(([teryt, w]) => {
    const exact = (total * w) / sum;
    return { teryt, amount: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = total - parts.reduce((s, p) => s + p.amount, 0);
  for (const part of [...parts].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    part.amount += 1;
    left -= 1;
  }
  return parts.map(({ teryt, amount }) => ({ teryt, amount }));
}

export function demoFiche(p: DemoProject): FicheInput {
  const funding = p.funding.map(([name, pln]) => ({ name, amount: pln * 100 }));
  const ownShare = p.total * 100 - funding.reduce((s, f) => s + f.amount, 0);
  return {
    title: p.title,
    type: p.type,
    area: p.area,
    status: p.status ?? "draft",
    goal: p.goal,
    direction: p.direction,
    leadTeryt: p.lead,
    partnerTeryts: p.partners,
    otherPartners: p.otherPartners ?? "",
    location: p.location,
    problem: p.problem,
    targetGroups: p.targetGroups,
    scope: p.scope,
    beyondOneGmina: p.flags.includes("beyondOneGmina"),
    moreThanOneProblem: p.flags.includes("moreThanOneProblem"),
    moreThanOneGroup: p.flags.includes("moreThanOneGroup"),
    moreThanOnePotential: p.flags.includes("moreThanOnePotential"),
    totalCost: p.total * 100,
    eligibleCost: p.eligible * 100,
    ownShare,
    contributions: splitExactly(ownShare, p.ownSplit),
    fundingSources: funding,
    indicators: p.indicators.map(([kind, name, unit, baseline, target, year, source]) => ({
      kind,
      name,
      unit,
      baseline: baseline.replace(/\s/g, "").replace(",", "."),
      target: target.replace(/\s/g, "").replace(",", "."),
      year,
      source,
    })),
    risks: p.risks.map(([description, likelihood, impact, mitigation]) => ({ description, likelihood, impact, mitigation })),
    startDate: p.start,
    endDate: p.end,
  };
}

async function writeDocument(db: Db, document: { documentId: string; kind: ProjectDocumentKind }, content: Record<string, string[]>, userId: string) {
  const ydoc = new Y.Doc();
  applyContent(ydoc, document.kind, Object.fromEntries(Object.entries(content).map(([key, texts]) => [key, paragraphs(...texts)])));
  await db.insert(documentUpdates).values({ documentId: document.documentId, update: Y.encodeStateAsUpdate(ydoc), userId });
  await storeDerived(db, { id: document.documentId, kind: document.kind }, ydoc);
}

/**
 * Seeds each demo partnership's project package through the same lib as the forms (so every rule holds):
 * fiches, schedules with dependencies, evidence and maturity, a started feasibility analysis and the
 * description. Ziemia Wysokomazowiecka's coordinator has kept the strategy to the working group (the council
 * reads and comments on it), which shows the editing-rights setting in use.
 */
export async function seedDemoProjects(db: Db): Promise<void> {
  // Evidence dates are checked against "today"; the demo's own calendar ends in late 2026.
  const today = "2026-11-30";
  for (const pkg of DEMO_PACKAGES) {
    const [partnership] = await db.select().from(partnerships).where(eq(partnerships.slug, pkg.slug));
    const [author] = await db.select().from(users).where(eq(users.email, pkg.author));
    if (!partnership || !author) throw new Error(`demo package ${pkg.slug}: partnership or author missing`);
    for (const demo of pkg.projects) {
      const project = await createProject(db, partnership.id, demoFiche(demo), author.id);
      const ids = new Map<string, string>();
      for (const task of demo.tasks) {
        const result = await saveTask(db, project, null, {
          name: task.name,
          kind: task.milestone ? "milestone" : "task",
          start: task.start,
          end: task.end,
          responsibleTeryt: task.jst ?? demo.lead,
          dependsOn: (task.after ?? []).map((key) => ids.get(key)!),
        });
        if (result.status !== "saved") throw new Error(`demo task ${demo.key}/${task.key}: ${JSON.stringify(result)}`);
        ids.set(task.key, result.taskId);
      }
      for (const [kind, description, date, url] of demo.evidence) {
        const result = await addEvidence(db, project, { kind, description, date, url, attachmentId: null }, author.id, today);
        if (result.status !== "saved") throw new Error(`demo evidence ${demo.key}/${kind}: ${result.issues.join(", ")}`);
      }
      const maturity = await setMaturity(db, project, demo.maturity, "", author.id);
      if (maturity.status !== "saved") throw new Error(`demo maturity ${demo.key}: ${maturity.reason}`);
      const docs = await listProjectDocuments(db, project.id);
      const feasibility = docs.find((d) => d.kind === "feasibility_analysis")!;
      const description = docs.find((d) => d.kind === "project_description")!;
      await writeDocument(db, feasibility, demo.feasibility as Record<string, string[]>, author.id);
      await writeDocument(db, description, { default: demo.description }, author.id);
    }
  }
  const [zw] = await db.select().from(partnerships).where(eq(partnerships.slug, "ziemia-wysokomazowiecka"));
  const [coordinator] = await db.select().from(users).where(eq(users.email, "koordynator@ziemia-wysokomazowiecka.demo"));
  if (zw && coordinator) {
    await setEditingRights(
      db,
      zw.id,
      { strategy: ["working_group_member"], fiches: ["working_group_member", "council_member"], analyses: ["working_group_member", "council_member", "expert"] },
      { userId: coordinator.id },
    );
  }
}
