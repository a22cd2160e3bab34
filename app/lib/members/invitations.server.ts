/** Invitations to a partnership: create, renew (resend or a fresh link to copy), and who already holds a role. */
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { Db, Queryable } from "../../../db/client";
import { authTokens, memberships, users } from "../../../db/schema";
import { createAuthToken } from "../auth/accounts.server";
import type { PartnershipRole } from "../enums";

export interface NewInvitation {
  email: string;
  partnershipId: string;
  role: PartnershipRole;
  representedTeryt: string | null;
  workingGroupIds: string[];
  createdBy: string;
}

export function createInvitation(db: Db, input: NewInvitation): Promise<string> {
  return createAuthToken(db, { kind: "invitation", ...input });
}

/** Does the person already have this role in the partnership? */
export async function findMemberByEmail(db: Db, partnershipId: string, email: string, role: PartnershipRole) {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(users.email, email), eq(memberships.partnershipId, partnershipId), eq(memberships.role, role)));
  return row ?? null;
}

/**
 * A pending invitation gets a new link (full lifetime again) and the old link stops working. Only the hash of
 * a token is stored, so "copy the link" and "send again" both mean: a new link. Null when there is no such
 * pending invitation in the partnership.
 */
export async function renewInvitation(db: Db, partnershipId: string, invitationId: string) {
  return db.transaction(async (tx) => {
    const row = await withdrawInvitation(tx, partnershipId, invitationId);
    if (!row?.partnershipId || !row.role) return null;
    const token = await createAuthToken(tx, {
      kind: "invitation",
      email: row.email,
      partnershipId: row.partnershipId,
      role: row.role,
      representedTeryt: row.representedTeryt,
      workingGroupIds: row.workingGroupIds,
      createdBy: row.createdBy,
    });
    return { row, token };
  });
}

/** Invitations of the partnership not yet accepted and not expired. */
export async function listPendingInvitations(db: Db, partnershipId: string) {
  return db
    .select({ id: authTokens.id, email: authTokens.email, role: authTokens.role, expiresAt: authTokens.expiresAt })
    .from(authTokens)
    .where(pendingInvitation(partnershipId))
    .orderBy(asc(authTokens.createdAt));
}

/** Withdraws a pending invitation (its link stops working). Returns it, or null when there was none. */
export async function withdrawInvitation(db: Queryable, partnershipId: string, invitationId: string) {
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: new Date(), expiresAt: new Date() })
    .where(and(eq(authTokens.id, invitationId), pendingInvitation(partnershipId)))
    .returning();
  return row ?? null;
}

function pendingInvitation(partnershipId: string) {
  return and(
    eq(authTokens.partnershipId, partnershipId),
    eq(authTokens.kind, "invitation"),
    isNull(authTokens.usedAt),
    gt(authTokens.expiresAt, new Date()),
  );
}
