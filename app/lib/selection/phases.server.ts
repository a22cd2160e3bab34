/**
 * The phases of a partnership (partnership_phases). `currentPhase(db, partnershipId, now?)` is the public entry
 * the publication pages call.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Queryable } from "../../../db/client";
import { partnershipPhases } from "../../../db/schema";
import type { PhaseKey } from "./enums";
import { phaseOn, planPhases, validRange, warsawDay, type Phase } from "./phases";
import { pick } from "../../../db/pick";

export type { Phase } from "./phases";

/** The partnership's phases in order ([] when it was not created by a call, e.g. an older partnership). */
export async function listPhases(db: Queryable, partnershipId: string): Promise<Phase[]> {
  return db
    .select(pick(partnershipPhases, "key", "position", "plannedStart", "plannedEnd", "actualStart", "actualEnd"))
    .from(partnershipPhases)
    .where(eq(partnershipPhases.partnershipId, partnershipId))
    .orderBy(asc(partnershipPhases.position));
}

/** The phase the partnership is in now (Warsaw day): actual dates first, else planned; null when none. */
export async function currentPhase(db: Queryable, partnershipId: string, now: Date = new Date()): Promise<Phase | null> {
  return phaseOn(await listPhases(db, partnershipId), warsawDay(now));
}

/** Creates the four phases with planned dates counted from the announcement day. */
export async function createPhases(db: Queryable, partnershipId: string, announcementDay: string): Promise<void> {
  await db
    .insert(partnershipPhases)
    .values(planPhases(announcementDay).map((p) => ({ ...p, partnershipId })))
    .onConflictDoNothing();
}

/** Edits one phase's planned (and actual) dates; false when the range is invalid or the phase absent. */
export async function updatePhaseDates(
  db: Queryable,
  partnershipId: string,
  key: PhaseKey,
  dates: { plannedStart: string; plannedEnd: string; actualStart: string | null; actualEnd: string | null },
): Promise<boolean> {
  if (!validRange(dates.plannedStart, dates.plannedEnd)) return false;
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if ([dates.actualStart, dates.actualEnd].some((d) => d !== null && !iso.test(d))) return false;
  if (dates.actualStart && dates.actualEnd && !validRange(dates.actualStart, dates.actualEnd)) return false;
  const rows = await db
    .update(partnershipPhases)
    .set(dates)
    .where(and(eq(partnershipPhases.partnershipId, partnershipId), eq(partnershipPhases.key, key)))
    .returning({ key: partnershipPhases.key });
  return rows.length > 0;
}
