import { asc, eq, inArray, and } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { documents, projectContributions, projectDocuments, projectPartners, projects, projectTasks } from "../../../db/schema";
import { completeness } from "./feasibility";
import type { PackageRow } from "./package";

/** Every project of the partnership as a package row (feasibility completeness, schedule span, JSTs). */
export async function packageRows(db: Pick<Db, "select">, partnershipId: string): Promise<PackageRow[]> {
  const rows = await db.select().from(projects).where(eq(projects.partnershipId, partnershipId)).orderBy(asc(projects.title));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [partners, contributions, feasibility, tasks] = await Promise.all([
    db.select().from(projectPartners).where(inArray(projectPartners.projectId, ids)).orderBy(asc(projectPartners.teryt)),
    db.select().from(projectContributions).where(inArray(projectContributions.projectId, ids)).orderBy(asc(projectContributions.teryt)),
    db
      .select({ projectId: projectDocuments.projectId, json: documents.derivedJson })
      .from(projectDocuments)
      .innerJoin(documents, eq(documents.id, projectDocuments.documentId))
      .where(and(inArray(projectDocuments.projectId, ids), eq(projectDocuments.kind, "feasibility_analysis"))),
    db
      .select({ projectId: projectTasks.projectId, start: projectTasks.startDate, end: projectTasks.endDate })
      .from(projectTasks)
      .where(inArray(projectTasks.projectId, ids)),
  ]);
  return rows.map((p) => {
    const own = tasks.filter((t) => t.projectId === p.id);
    return {
      id: p.id,
      title: p.title,
      type: p.type,
      area: p.area,
      maturity: p.maturity,
      totalCost: p.totalCost,
      eligibleCost: p.eligibleCost,
      start: p.startDate,
      end: p.endDate,
      leadTeryt: p.leadTeryt,
      partnerTeryt: partners.filter((x) => x.projectId === p.id).map((x) => x.teryt),
      contributions: contributions.filter((c) => c.projectId === p.id).map((c) => ({ teryt: c.teryt, amount: c.amount })),
      feasibility: completeness(feasibility.find((f) => f.projectId === p.id)?.json),
      flagship: p.isFlagship,
      scheduleStart: own.length ? own.reduce((m, t) => (t.start < m ? t.start : m), own[0].start) : null,
      scheduleEnd: own.length ? own.reduce((m, t) => (t.end > m ? t.end : m), own[0].end) : null,
    };
  });
}
