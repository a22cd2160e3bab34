/** Calls (nabory): set up by the ministry, opened (criteria frozen), and the TERYT register they are checked against. */
import { and, asc, desc, eq, isNotNull, isNull, like, or } from "drizzle-orm";
import type { Db, Queryable } from "../../../db/client";
import { selectionCalls, territorialUnits } from "../../../db/schema";
import { isUuid } from "../ids";
import type { CallResource } from "../policy";
import { DEFAULT_CRITERIA, type Criterion } from "./criteria";
import type { RegisterUnit } from "./rules";

export type CallRow = typeof selectionCalls.$inferSelect;

export interface NewCall {
  name: string;
  formsDeadline: Date;
  recommendationsDeadline: Date;
  announcementDate: string;
  capPerVoivodeship?: number;
  criteria?: readonly Criterion[];
}

export function callResource(call: Pick<CallRow, "openedAt">): CallResource {
  return { type: "selection_call", opened: call.openedAt !== null };
}

export async function createCall(db: Queryable, input: NewCall, userId: string | null): Promise<CallRow> {
  const [row] = await db
    .insert(selectionCalls)
    .values({
      name: input.name,
      formsDeadline: input.formsDeadline,
      recommendationsDeadline: input.recommendationsDeadline,
      announcementDate: input.announcementDate,
      capPerVoivodeship: input.capPerVoivodeship ?? 3,
      criteria: [...(input.criteria ?? DEFAULT_CRITERIA)],
      createdBy: userId,
    })
    .returning();
  return row;
}

/** Changes a call's dates, cap and criteria; the database refuses cap and criteria changes after opening. */
export async function updateCall(db: Queryable, callId: string, patch: Partial<NewCall>): Promise<void> {
  await db
    .update(selectionCalls)
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.formsDeadline ? { formsDeadline: patch.formsDeadline } : {}),
      ...(patch.recommendationsDeadline ? { recommendationsDeadline: patch.recommendationsDeadline } : {}),
      ...(patch.announcementDate ? { announcementDate: patch.announcementDate } : {}),
      ...(patch.capPerVoivodeship !== undefined ? { capPerVoivodeship: patch.capPerVoivodeship } : {}),
      ...(patch.criteria ? { criteria: [...patch.criteria] } : {}),
    })
    .where(eq(selectionCalls.id, callId));
}

/** Opens the call to applicants (its criteria and cap are frozen from now on). */
export async function openCall(db: Queryable, callId: string, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(selectionCalls)
    .set({ openedAt: now })
    .where(and(eq(selectionCalls.id, callId), isNull(selectionCalls.openedAt)))
    .returning({ id: selectionCalls.id });
  return rows.length > 0;
}

export async function getCall(db: Queryable, callId: string | undefined): Promise<CallRow | null> {
  if (!callId || !isUuid(callId)) return null;
  const [row] = await db.select().from(selectionCalls).where(eq(selectionCalls.id, callId));
  return row ?? null;
}

/** The guard's loader for a call page. */
export async function loadCall(db: Db, callId: string | undefined) {
  const call = await getCall(db, callId);
  return call ? { resource: callResource(call), call } : null;
}

export async function listCalls(db: Queryable): Promise<CallRow[]> {
  return db.select().from(selectionCalls).orderBy(desc(selectionCalls.createdAt));
}

/** Opened calls not yet announced, newest first: where applicants apply and assessors work. */
export async function activeCalls(db: Queryable): Promise<CallRow[]> {
  return db
    .select()
    .from(selectionCalls)
    .where(and(isNotNull(selectionCalls.openedAt), isNull(selectionCalls.announcedAt)))
    .orderBy(desc(selectionCalls.openedAt));
}

/** The voivodeships (16) in TERYT order. */
export async function listVoivodeships(db: Queryable): Promise<{ teryt: string; name: string }[]> {
  return db
    .select({ teryt: territorialUnits.teryt, name: territorialUnits.name })
    .from(territorialUnits)
    .where(eq(territorialUnits.kind, "wojewodztwo"))
    .orderBy(asc(territorialUnits.teryt));
}

/** The powiats and gminas of a voivodeship, keyed by code. */
export async function voivodeshipRegister(db: Queryable, voivodeshipTeryt: string): Promise<Map<string, RegisterUnit>> {
  if (!/^\d{2}$/.test(voivodeshipTeryt)) return new Map();
  const rows = await db
    .select()
    .from(territorialUnits)
    .where(or(eq(territorialUnits.teryt, voivodeshipTeryt), like(territorialUnits.teryt, `${voivodeshipTeryt}__%`)))
    .orderBy(asc(territorialUnits.teryt));
  return new Map(rows.map((r) => [r.teryt, { teryt: r.teryt, name: r.name, kind: r.kind, parentTeryt: r.parentTeryt }]));
}
