/** The stored checklist of one form (empty when not yet assessed). */
import { eq } from "drizzle-orm";
import type { Queryable } from "../../../db/client";
import { selectionAssessments } from "../../../db/schema";
import type { Checklist } from "./criteria";

export async function assessmentOf(db: Queryable, formId: string): Promise<Checklist> {
  const [row] = await db.select().from(selectionAssessments).where(eq(selectionAssessments.formId, formId));
  return { formal: row?.formal ?? {}, merit: row?.merit ?? {} };
}
