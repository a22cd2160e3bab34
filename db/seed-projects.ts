import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { storeDerived } from "../app/lib/documents/store.server";
import { applyContent } from "../app/lib/editor/derive.server";
import type { PmJson } from "../app/lib/editor/text";
import type { ProjectDocumentKind } from "../app/lib/projects/document-sections";
import type { ProjectStatus } from "../app/lib/projects/enums";
import type { FicheInput } from "../app/lib/projects/fiche-schema";
import { EVIDENCE_REQUIRED } from "../app/lib/projects/maturity";
import { addEvidence, setMaturity } from "../app/lib/projects/maturity.server";
import { plnToGrosze } from "../app/lib/projects/money";
import { listProjectDocuments } from "../app/lib/projects/project-documents.server";
import { createProject } from "../app/lib/projects/projects.server";
import { setEditingRights } from "../app/lib/projects/rights.server";
import { orderTasks } from "../app/lib/projects/schedule";
import { saveTask } from "../app/lib/projects/schedule.server";
import type { Db } from "./client";
import { DEMO_PROJECTS } from "./demo/projects";
import type { DemoProject } from "./demo/types";
import { documentUpdates, memberships, partnerships, users } from "./schema";

/**
 * Seeds each demo partnership's project package (db/demo/projects, the demo-content data) through the same lib as
 * the forms, so every rule (costs, members only, schedule, maturity and evidence) holds for the demo as for a
 * person. Adapts the demo data's shape to the fiche's.
 */

/** The demo's project lifecycle, on the fiche's status vocabulary. */
const STATUS: Record<DemoProject["status"], ProjectStatus> = {
  idea: "draft",
  preparation: "draft",
  ready: "accepted",
  submitted: "accepted",
  implementation: "in_progress",
};

function grosze(pln: number): number {
  const value = plnToGrosze(pln);
  if (value === null) throw new Error(`demo amount ${pln} is not a whole number of grosze`);
  return value;
}

export function demoFiche(p: DemoProject): FicheInput {
  const contributions = p.costs.ownContributions.map((c) => ({ teryt: c.teryt, amount: grosze(c.amount) }));
  return {
    title: p.title,
    type: p.type,
    area: p.area,
    status: STATUS[p.status],
    goal: `${p.goal.code} ${p.goal.title}`,
    direction: `${p.direction.code} ${p.direction.title}`,
    leadTeryt: p.leadTeryt,
    partnerTeryts: p.partnerTeryts,
    otherPartners: p.otherPartners.join("; "),
    location: p.location,
    problem: p.problem,
    targetGroups: p.targetGroups.join("; "),
    scope: p.scope.join("\n"),
    beyondOneGmina: p.integration.beyondOneGmina,
    moreThanOneProblem: p.integration.severalProblems,
    moreThanOneGroup: p.integration.severalGroups,
    moreThanOnePotential: p.integration.severalPotentials,
    totalCost: grosze(p.costs.total),
    eligibleCost: grosze(p.costs.eligible),
    ownShare: contributions.reduce((sum, c) => sum + c.amount, 0),
    contributions,
    fundingSources: p.funding.map((f) => ({ name: f.measure ? `${f.source}, ${f.measure}` : f.source, amount: grosze(f.amount) })),
    indicators: p.indicators.map((i) => ({ ...i, baseline: String(i.baseline), target: String(i.target) })),
    risks: p.risks.map((r) => ({ description: r.risk, likelihood: r.probability, impact: r.impact, mitigation: r.mitigation })),
    startDate: p.start,
    endDate: p.end,
  };
}

async function writeDocument(db: Db, document: { documentId: string; kind: ProjectDocumentKind }, content: Record<string, PmJson>, userId: string | null) {
  if (Object.keys(content).length === 0) return;
  const ydoc = new Y.Doc();
  applyContent(ydoc, document.kind, content);
  await db.insert(documentUpdates).values({ documentId: document.documentId, update: Y.encodeStateAsUpdate(ydoc), userId });
  await storeDerived(db, { id: document.documentId, kind: document.kind }, ydoc);
}

/** The partnership's working-group member (or coordinator) who is recorded as the fiches' author. */
async function authorOf(db: Db, partnershipId: string): Promise<string | null> {
  const rows = await db
    .select({ id: users.id, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.partnershipId, partnershipId));
  return (rows.find((r) => r.role === "working_group_member") ?? rows.find((r) => r.role === "coordinator"))?.id ?? null;
}

export async function seedDemoProjects(db: Db): Promise<void> {
  // Evidence dates are checked against "today"; the demo's own calendar ends in late 2026.
  const today = "2026-11-30";
  for (const [slug, demoProjects] of Object.entries(DEMO_PROJECTS)) {
    const [partnership] = await db.select().from(partnerships).where(eq(partnerships.slug, slug));
    if (!partnership) throw new Error(`demo package ${slug}: no such partnership`);
    const author = await authorOf(db, partnership.id);
    for (const demo of demoProjects) {
      const project = await createProject(db, partnership.id, demoFiche(demo), author);
      const ids = new Map<string, string>();
      const tasks = orderTasks(demo.schedule.map((t) => ({ ...t, id: t.key, dependsOn: t.dependsOn })));
      for (const task of tasks) {
        const result = await saveTask(db, project, null, {
          name: task.name,
          kind: task.milestone ? "milestone" : "task",
          start: task.start,
          end: task.end,
          responsibleTeryt: task.responsibleTeryt,
          dependsOn: task.dependsOn.map((key) => ids.get(key)!),
        });
        if (result.status !== "saved") throw new Error(`demo task ${demo.key}/${task.key}: ${JSON.stringify(result)}`);
        ids.set(task.key, result.taskId);
      }
      // One document of the demo evidences its whole level (e.g. a concept with its cost estimate): it is
      // recorded for each kind of evidence that level needs.
      for (const evidence of demo.maturity.evidence) {
        for (const kind of EVIDENCE_REQUIRED[evidence.level]) {
          const result = await addEvidence(db, project, { kind, description: evidence.what, date: evidence.date, url: evidence.url, attachmentId: null }, author, today);
          if (result.status !== "saved") throw new Error(`demo evidence ${demo.key}/${kind}: ${result.issues.join(", ")}`);
        }
      }
      const maturity = await setMaturity(db, project, demo.maturity.level, "", author);
      if (maturity.status !== "saved") throw new Error(`demo maturity ${demo.key}: ${maturity.reason}`);
      const docs = await listProjectDocuments(db, project.id);
      const feasibility = Object.fromEntries(Object.entries(demo.feasibility).filter(([, json]) => json !== null)) as Record<string, PmJson>;
      await writeDocument(db, docs.find((d) => d.kind === "feasibility_analysis")!, feasibility, author);
      await writeDocument(db, docs.find((d) => d.kind === "project_description")!, { default: demo.description }, author);
    }
  }
  const [zw] = await db.select().from(partnerships).where(eq(partnerships.slug, "ziemia-wysokomazowiecka"));
  const [coordinator] = await db.select().from(users).where(eq(users.email, "koordynator@ziemia-wysokomazowiecka.demo"));
  if (zw && coordinator) {
    // The demo partnership's coordinator has kept the strategy to the working group (the council reads and
    // comments on it), which shows the editing-rights setting in use.
    await setEditingRights(
      db,
      zw.id,
      { strategy: ["working_group_member"], fiches: ["working_group_member", "council_member"], analyses: ["working_group_member", "council_member", "expert"] },
      { userId: coordinator.id },
    );
  }
}
