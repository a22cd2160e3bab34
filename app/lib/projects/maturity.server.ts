import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { projectAttachments, projectEvidence, projectMaturityHistory, projects, users } from "../../../db/schema";
import { isUuid } from "../ids";
import { todayInWarsaw } from "./dates";
import { checkEvidence, checkMaturityChange, supportedLevel, type EvidenceIssue, type EvidenceKind, type MaturityRefusal } from "./maturity";
import type { ProjectRow } from "./projects.server";
import { pick } from "../../../db/pick";

export async function listEvidence(db: Pick<Db, "select">, projectId: string) {
  return db
    .select({
      ...pick(projectEvidence, "id", "kind", "description", "date", "url", "attachmentId"),
      attachmentName: projectAttachments.fileName,
      ...pick(projectEvidence, "withdrawnAt", "createdAt"),
    })
    .from(projectEvidence)
    .leftJoin(projectAttachments, eq(projectAttachments.id, projectEvidence.attachmentId))
    .where(eq(projectEvidence.projectId, projectId))
    .orderBy(asc(projectEvidence.date), asc(projectEvidence.createdAt));
}

export async function maturityHistory(db: Pick<Db, "select">, projectId: string) {
  return db
    .select({ ...pick(projectMaturityHistory, "id", "fromLevel", "toLevel", "note", "changedAt"), changedBy: users.name })
    .from(projectMaturityHistory)
    .leftJoin(users, eq(users.id, projectMaturityHistory.changedBy))
    .where(eq(projectMaturityHistory.projectId, projectId))
    .orderBy(desc(projectMaturityHistory.changedAt), desc(projectMaturityHistory.id));
}

export interface EvidenceInput {
  kind: EvidenceKind;
  description: string;
  date: string;
  url: string | null;
  attachmentId: string | null;
}

/** Records a piece of evidence; the attachment, if named, must be this project's. */
export async function addEvidence(db: Db, project: ProjectRow, input: EvidenceInput, userId: string | null, today = todayInWarsaw()) {
  const issues: (EvidenceIssue | "attachmentUnknown")[] = checkEvidence(input, today);
  if (input.attachmentId) {
    const [file] = isUuid(input.attachmentId)
      ? await db
          .select({ id: projectAttachments.id })
          .from(projectAttachments)
          .where(and(eq(projectAttachments.id, input.attachmentId), eq(projectAttachments.projectId, project.id)))
      : [];
    if (!file) issues.push("attachmentUnknown");
  }
  if (issues.length > 0) return { status: "invalid" as const, issues };
  const [row] = await db
    .insert(projectEvidence)
    .values({ projectId: project.id, ...input, createdBy: userId })
    .returning({ id: projectEvidence.id });
  return { status: "saved" as const, id: row.id };
}

/**
 * Withdraws evidence (kept, marked). If the project's level is then above what the rest supports, the
 * level comes down to it, with a history entry: the level never stays above its evidence.
 */
export async function withdrawEvidence(db: Db, project: ProjectRow, evidenceId: string, userId: string | null) {
  if (!isUuid(evidenceId)) return false;
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(projectEvidence)
      .set({ withdrawnAt: new Date(), withdrawnBy: userId })
      .where(and(eq(projectEvidence.id, evidenceId), eq(projectEvidence.projectId, project.id), isNull(projectEvidence.withdrawnAt)))
      .returning({ id: projectEvidence.id });
    if (rows.length === 0) return false;
    const evidence = await listEvidence(tx, project.id);
    const supported = supportedLevel(evidence.map((e) => ({ kind: e.kind, withdrawn: e.withdrawnAt !== null })));
    const [current] = await tx.select({ maturity: projects.maturity }).from(projects).where(eq(projects.id, project.id)).for("update");
    if (current.maturity > supported) {
      await tx.update(projects).set({ maturity: supported }).where(eq(projects.id, project.id));
      await tx.insert(projectMaturityHistory).values({
        projectId: project.id,
        fromLevel: current.maturity,
        toLevel: supported,
        note: "evidence_withdrawn",
        changedBy: userId,
      });
    }
    return true;
  });
}

export type MaturityResult = { status: "saved"; level: number } | { status: "refused"; reason: MaturityRefusal; supported: number };

/** Sets the level if the evidence supports it, with a history entry (nothing recorded when unchanged). */
export async function setMaturity(db: Db, project: ProjectRow, target: number, note: string, userId: string | null): Promise<MaturityResult> {
  return db.transaction(async (tx) => {
    const evidence = await listEvidence(tx, project.id);
    const kinds = evidence.map((e) => ({ kind: e.kind, withdrawn: e.withdrawnAt !== null }));
    const refusal = checkMaturityChange(kinds, target);
    if (refusal) return { status: "refused", reason: refusal, supported: supportedLevel(kinds) };
    const [current] = await tx.select({ maturity: projects.maturity }).from(projects).where(eq(projects.id, project.id)).for("update");
    if (current.maturity !== target) {
      await tx.update(projects).set({ maturity: target }).where(eq(projects.id, project.id));
      await tx.insert(projectMaturityHistory).values({ projectId: project.id, fromLevel: current.maturity, toLevel: target, note, changedBy: userId });
    }
    return { status: "saved", level: target };
  });
}
