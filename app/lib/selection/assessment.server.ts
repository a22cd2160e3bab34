/**
 * The marshal office's work: the submitted forms of its voivodeship, the checklist of each, the ranking, the
 * recommendations (at most the call's cap — the database refuses more, trigger selection_recommendations_cap)
 * and sending them to the ministry before the deadline.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../../db/client";
import { selectionAssessments, selectionCalls, selectionForms, selectionRecommendationLists, selectionRecommendations } from "../../../db/schema";
import { evaluateChecklist, formalCriteria, isValidScore, meritCriteria, rankForms, type Checklist, type ChecklistResult, type FormalMark, type MeritMark } from "./criteria";
import type { CallRow } from "./calls.server";
import { recommendationRefusal } from "./rules";

export interface AssessedForm {
  id: string;
  name: string;
  submittedAt: Date | null;
  memberCount: number;
  checklist: Checklist;
  result: ChecklistResult;
  /** Rank among the recommendations (1 = first); null when not recommended. */
  recommendedRank: number | null;
  selected: boolean;
  partnershipId: string | null;
}

/** The submitted forms of one voivodeship in a call, with their checklists, ranked. */
export async function voivodeshipForms(db: Queryable, call: CallRow, voivodeshipTeryt: string): Promise<AssessedForm[]> {
  const rows = await db
    .select({ form: selectionForms, assessment: selectionAssessments, rank: selectionRecommendations.rank })
    .from(selectionForms)
    .leftJoin(selectionAssessments, eq(selectionAssessments.formId, selectionForms.id))
    .leftJoin(selectionRecommendations, eq(selectionRecommendations.formId, selectionForms.id))
    .where(and(eq(selectionForms.callId, call.id), eq(selectionForms.voivodeshipTeryt, voivodeshipTeryt), eq(selectionForms.status, "submitted")));
  return rankForms(
    rows.map((r) => {
      const checklist: Checklist = { formal: r.assessment?.formal ?? {}, merit: r.assessment?.merit ?? {} };
      return {
        id: r.form.id,
        name: r.form.name,
        submittedAt: r.form.submittedAt,
        memberCount: r.form.memberTeryts.length,
        checklist,
        result: evaluateChecklist(call.criteria, checklist),
        recommendedRank: r.rank ?? null,
        selected: r.form.selectedAt !== null,
        partnershipId: r.form.partnershipId,
      };
    }),
  );
}

export async function recommendationsSent(db: Queryable, callId: string, voivodeshipTeryt: string) {
  const [row] = await db
    .select()
    .from(selectionRecommendationLists)
    .where(and(eq(selectionRecommendationLists.callId, callId), eq(selectionRecommendationLists.voivodeshipTeryt, voivodeshipTeryt)));
  return row ?? null;
}

/** Reads a checklist from form fields (formal.f1 = "0"|"1", formal.f1.note, merit.m1 = score, merit.m1.justification). */
export function checklistFromForm(call: Pick<CallRow, "criteria">, data: FormData): { checklist: Checklist; invalid: string[] } {
  const formal: Record<string, FormalMark> = {};
  const merit: Record<string, MeritMark> = {};
  const invalid: string[] = [];
  for (const c of formalCriteria(call.criteria)) {
    const value = String(data.get(`formal.${c.key}`) ?? "");
    const note = String(data.get(`formal.${c.key}.note`) ?? "").slice(0, 2000);
    if (value === "1" || value === "0") formal[c.key] = { value: value === "1" ? 1 : 0, note };
    else if (value !== "") invalid.push(c.key);
  }
  for (const c of meritCriteria(call.criteria)) {
    const raw = String(data.get(`merit.${c.key}`) ?? "").trim();
    const justification = String(data.get(`merit.${c.key}.justification`) ?? "").slice(0, 4000);
    if (raw === "") continue;
    const score = Number(raw);
    if (!isValidScore(c, score)) invalid.push(c.key);
    else merit[c.key] = { score, justification };
  }
  return { checklist: { formal, merit }, invalid };
}

export async function saveAssessment(db: Queryable, formId: string, checklist: Checklist, userId: string): Promise<void> {
  const now = new Date();
  await db
    .insert(selectionAssessments)
    .values({ formId, formal: { ...checklist.formal } as Record<string, FormalMark>, merit: { ...checklist.merit } as Record<string, MeritMark>, assessedBy: userId, updatedAt: now })
    .onConflictDoUpdate({
      target: selectionAssessments.formId,
      set: { formal: { ...checklist.formal } as Record<string, FormalMark>, merit: { ...checklist.merit } as Record<string, MeritMark>, assessedBy: userId, updatedAt: now },
    });
}

export class CapReachedError extends Error {}

/** Whether an error is the database refusing a recommendation over the cap. */
export function isCapViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const message = e instanceof Error ? e.message : String(e);
    const constraint = (e as { constraint_name?: string; constraint?: string }).constraint_name ?? (e as { constraint?: string }).constraint;
    if (constraint === "selection_recommendations_cap" || message.includes("recommendations per voivodeship")) return true;
    if (!(e instanceof Error)) break;
  }
  return false;
}

export type RecommendRefusal = "notOpen" | "deadlinePassed" | "alreadySent" | "notRecommendable" | "capReached" | "notSubmitted";

/**
 * Recommends a form at the next rank. The page checks the cap; the database enforces it (two assessors at the
 * same moment: the second is refused with capReached).
 */
export async function recommendForm(
  db: Db,
  call: CallRow,
  formId: string,
  userId: string,
  now = new Date(),
): Promise<{ status: "recommended"; rank: number } | { status: "refused"; reason: RecommendRefusal }> {
  const [form] = await db.select().from(selectionForms).where(and(eq(selectionForms.id, formId), eq(selectionForms.callId, call.id)));
  if (!form || form.status !== "submitted") return { status: "refused", reason: "notSubmitted" };
  const sent = await recommendationsSent(db, call.id, form.voivodeshipTeryt);
  const refusal = recommendationRefusal(call, now, sent !== null);
  if (refusal) return { status: "refused", reason: refusal };
  const [assessment] = await db.select().from(selectionAssessments).where(eq(selectionAssessments.formId, formId));
  const result = evaluateChecklist(call.criteria, { formal: assessment?.formal ?? {}, merit: assessment?.merit ?? {} });
  if (!result.recommendable) return { status: "refused", reason: "notRecommendable" };
  try {
    return await db.transaction(async (tx) => {
      const [{ next }] = await tx
        .select({ next: sql<number>`coalesce(max(${selectionRecommendations.rank}), 0)::int + 1` })
        .from(selectionRecommendations)
        .where(and(eq(selectionRecommendations.callId, call.id), eq(selectionRecommendations.voivodeshipTeryt, form.voivodeshipTeryt)));
      await tx
        .insert(selectionRecommendations)
        .values({ formId, callId: call.id, voivodeshipTeryt: form.voivodeshipTeryt, rank: next, recommendedBy: userId })
        .onConflictDoNothing();
      return { status: "recommended" as const, rank: next };
    });
  } catch (error) {
    if (isCapViolation(error)) return { status: "refused", reason: "capReached" };
    throw error;
  }
}

/** Withdraws a recommendation (before sending) and closes the gap in the ranks. */
export async function withdrawRecommendation(db: Db, call: CallRow, formId: string, now = new Date()) {
  const [rec] = await db.select().from(selectionRecommendations).where(and(eq(selectionRecommendations.formId, formId), eq(selectionRecommendations.callId, call.id)));
  if (!rec) return { status: "refused" as const, reason: "notRecommended" as const };
  const sent = await recommendationsSent(db, call.id, rec.voivodeshipTeryt);
  const refusal = recommendationRefusal(call, now, sent !== null);
  if (refusal) return { status: "refused" as const, reason: refusal };
  await db.transaction(async (tx) => {
    await tx.delete(selectionRecommendations).where(eq(selectionRecommendations.formId, formId));
    const rest = await tx
      .select({ formId: selectionRecommendations.formId })
      .from(selectionRecommendations)
      .where(and(eq(selectionRecommendations.callId, call.id), eq(selectionRecommendations.voivodeshipTeryt, rec.voivodeshipTeryt)))
      .orderBy(asc(selectionRecommendations.rank));
    for (const [i, r] of rest.entries()) {
      await tx.update(selectionRecommendations).set({ rank: i + 1 }).where(eq(selectionRecommendations.formId, r.formId));
    }
  });
  return { status: "withdrawn" as const };
}

/** Sends the voivodeship's recommendations to the ministry (once, before the deadline, at least one). */
export async function sendRecommendations(db: Db, call: CallRow, voivodeshipTeryt: string, userId: string, now = new Date()) {
  const sent = await recommendationsSent(db, call.id, voivodeshipTeryt);
  const refusal = recommendationRefusal(call, now, sent !== null);
  if (refusal) return { status: "refused" as const, reason: refusal };
  const recs = await db
    .select({ formId: selectionRecommendations.formId })
    .from(selectionRecommendations)
    .where(and(eq(selectionRecommendations.callId, call.id), eq(selectionRecommendations.voivodeshipTeryt, voivodeshipTeryt)));
  if (recs.length === 0) return { status: "refused" as const, reason: "noneRecommended" as const };
  const rows = await db
    .insert(selectionRecommendationLists)
    .values({ callId: call.id, voivodeshipTeryt, sentBy: userId, sentAt: now })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0 ? { status: "sent" as const, count: recs.length } : { status: "refused" as const, reason: "alreadySent" as const };
}

/** Keeps the call row's type in one place for callers that only have an id. */
export async function callOfForm(db: Queryable, formId: string): Promise<CallRow | null> {
  const [row] = await db
    .select({ call: selectionCalls })
    .from(selectionForms)
    .innerJoin(selectionCalls, eq(selectionCalls.id, selectionForms.callId))
    .where(eq(selectionForms.id, formId));
  return row?.call ?? null;
}
