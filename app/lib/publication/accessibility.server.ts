/** Accessibility requests (wnioski o zapewnienie dostępności): recorded with their 7-day deadline. */
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { accessibilityRequests, partnerships } from "../../../db/schema";
import { audit } from "../audit.server";
import { isUuid } from "../ids";
import { accessibilityDueAt, type AccessibilityRequestInput } from "./forms";

export type AccessibilityRequestRow = typeof accessibilityRequests.$inferSelect;

/** Records a request about a partnership's pages (`partnership`: its slug); null when the slug is unknown. */
export async function recordAccessibilityRequest(db: Db, input: AccessibilityRequestInput, now = new Date()): Promise<AccessibilityRequestRow | null> {
  const [p] = await db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, input.partnership));
  if (!p) return null;
  const partnershipId = p.id;
  const [row] = await db
    .insert(accessibilityRequests)
    .values({
      partnershipId,
      name: input.name,
      contact: input.contact,
      pageUrl: input.pageUrl,
      description: input.description,
      preferredMeans: input.preferredMeans,
      createdAt: now,
      dueAt: accessibilityDueAt(now),
    })
    .returning();
  return row;
}

/** A partnership's requests, the ones still open first by deadline. */
export async function listAccessibilityRequests(db: Db, partnershipId: string): Promise<AccessibilityRequestRow[]> {
  const rows = await db
    .select()
    .from(accessibilityRequests)
    .where(eq(accessibilityRequests.partnershipId, partnershipId))
    .orderBy(asc(accessibilityRequests.dueAt));
  return [...rows.filter((r) => !r.handledAt), ...rows.filter((r) => r.handledAt)];
}

export async function markRequestHandled(db: Db, partnershipId: string, requestId: string, userId: string, ip?: string): Promise<boolean> {
  if (!isUuid(requestId)) return false;
  const [row] = await db
    .update(accessibilityRequests)
    .set({ handledAt: new Date() })
    .where(and(eq(accessibilityRequests.id, requestId), eq(accessibilityRequests.partnershipId, partnershipId), isNull(accessibilityRequests.handledAt)))
    .returning();
  if (!row) return false;
  await audit(db, { event: "accessibility_request_handled", actorUserId: userId, partnershipId, ip: ip ?? null, details: { requestId } });
  return true;
}

export async function partnershipChoices(db: Db): Promise<{ slug: string; name: string }[]> {
  return db.select({ slug: partnerships.slug, name: partnerships.name }).from(partnerships).orderBy(asc(partnerships.name));
}
