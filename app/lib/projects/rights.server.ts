import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { partnershipEditingRights } from "../../../db/schema";
import { audit } from "../audit.server";
import { diffEditingRights, editRightGroup, normaliseEditingRights, type EditingRights } from "../editing-rights";

/** The partnership's editing-rights setting (the defaults when never set). */
export async function getEditingRights(db: Pick<Db, "select">, partnershipId: string): Promise<EditingRights> {
  const [row] = await db.select({ rights: partnershipEditingRights.rights }).from(partnershipEditingRights).where(eq(partnershipEditingRights.partnershipId, partnershipId));
  return normaliseEditingRights(row?.rights ?? null);
}

/** Stores the setting and writes what changed to the audit log. Returns the changes (empty: nothing to do). */
export async function setEditingRights(db: Db, partnershipId: string, next: EditingRights, actor: { userId: string; ip?: string | null }) {
  return db.transaction(async (tx) => {
    const before = await getEditingRights(tx, partnershipId);
    const after = normaliseEditingRights(next);
    const changes = diffEditingRights(before, after);
    if (changes.length === 0) return changes;
    const rights = Object.fromEntries(Object.entries(after).map(([group, roles]) => [group, [...roles]]));
    await tx
      .insert(partnershipEditingRights)
      .values({ partnershipId, rights, updatedBy: actor.userId })
      .onConflictDoUpdate({ target: partnershipEditingRights.partnershipId, set: { rights, updatedBy: actor.userId, updatedAt: new Date() } });
    await audit(tx, {
      event: "editing_rights_changed",
      actorUserId: actor.userId,
      partnershipId,
      ip: actor.ip ?? null,
      details: { changes },
    });
    return changes;
  });
}

/** The roles besides the coordinator that edit documents of this kind in the partnership (for the policy). */
export async function editorsFor(db: Pick<Db, "select">, partnershipId: string, kind: string) {
  return (await getEditingRights(db, partnershipId))[editRightGroup(kind)];
}
