import type { Db } from "../../../db/client";
import { listAttachments } from "./attachments.server";
import { financingGap } from "./costs";
import { PROJECT_DOCUMENT_SECTIONS } from "./document-sections";
import { completeness } from "./feasibility";
import { listEvidence } from "./maturity.server";
import { supportedLevel } from "./maturity";
import { listProjectDocuments } from "./project-documents.server";
import { ficheTexts, getFiche, memberUnits } from "./projects.server";
import { checkSchedule } from "./schedule";
import { listTasks } from "./schedule.server";

/** Everything the fiche page shows, in plain serialisable values. */
export async function fichePage(db: Db, partnershipId: string, projectId: string) {
  const [fiche, units, tasks, documents, attachments, evidence] = await Promise.all([
    getFiche(db, partnershipId, projectId),
    memberUnits(db, partnershipId),
    listTasks(db, projectId),
    listProjectDocuments(db, projectId),
    listAttachments(db, projectId),
    listEvidence(db, projectId),
  ]);
  if (!fiche) return null;
  const p = fiche.project;
  const kinds = ["project_description", "feasibility_analysis", "sector_analysis", "application_outline"] as const;
  return {
    project: { id: p.id, title: p.title, maturity: p.maturity, flagship: p.isFlagship, updatedAt: p.updatedAt.toISOString() },
    updatedByName: fiche.updatedByName,
    fiche: {
      ...ficheTexts(fiche),
      flags: {
        beyondOneGmina: p.beyondOneGmina,
        moreThanOneProblem: p.moreThanOneProblem,
        moreThanOneGroup: p.moreThanOneGroup,
        moreThanOnePotential: p.moreThanOnePotential,
      },
      startDate: p.startDate,
      endDate: p.endDate,
      totalCost: p.totalCost,
      eligibleCost: p.eligibleCost,
      ownShare: p.ownShare,
      financingGap: financingGap({ totalCost: p.totalCost, ownShare: p.ownShare, fundingSources: fiche.fundingSources }),
      contributions: fiche.contributions,
      fundingSources: fiche.fundingSources,
      indicators: fiche.indicators,
      risks: fiche.risks,
    },
    units,
    tasks: tasks.map(({ projectId: _p, ...task }) => ({ ...task, dependsOn: [...task.dependsOn] })),
    scheduleIssues: checkSchedule(tasks, { start: p.startDate, end: p.endDate }, new Set(units.map((u) => u.teryt))),
    documents: kinds.flatMap((kind) => {
      const doc = documents.find((d) => d.kind === kind);
      if (!doc) return [];
      const sections = kind === "project_description" ? null : PROJECT_DOCUMENT_SECTIONS[kind];
      return [{ kind, id: doc.documentId, title: doc.title, complete: sections ? completeness(doc.derivedJson, sections) : null }];
    }),
    attachments: attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    supportedLevel: supportedLevel(evidence.map((e) => ({ kind: e.kind, withdrawn: e.withdrawnAt !== null }))),
  };
}
