/**
 * The workspace of a partnership: its documents, members, working groups and invitations. Routes guard with
 * `guard(args, action, (db) => loadPartnership(db, params.slug))` (partnerships.server.ts) first.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client";
import {
  documents,
  memberships,
  partnerships,
  territorialUnits,
  users,
  workingGroupMembers,
  workingGroups,
} from "../../db/schema";
import { representedUnit } from "./members/rules";
import type { DocumentKind, PartnershipRole } from "./policy";
import { pick } from "../../db/pick";

export type Partnership = typeof partnerships.$inferSelect;

/** The partnerships the user works in (every one when `all`: the policy lets them list every partnership). */
export async function listMyPartnerships(db: Db, userId: string, all: boolean) {
  if (all) {
    const rows = await db.select().from(partnerships).orderBy(asc(partnerships.name));
    return rows.map((p) => ({ ...p, roles: [] as PartnershipRole[] }));
  }
  const rows = await db
    .select({ partnership: partnerships, role: memberships.role })
    .from(memberships)
    .innerJoin(partnerships, eq(partnerships.id, memberships.partnershipId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(partnerships.name));
  const byId = new Map<string, Partnership & { roles: PartnershipRole[] }>();
  for (const row of rows) {
    const entry = byId.get(row.partnership.id) ?? { ...row.partnership, roles: [] };
    entry.roles.push(row.role);
    byId.set(row.partnership.id, entry);
  }
  return [...byId.values()];
}

export interface DocumentListItem {
  id: string;
  kind: DocumentKind;
  title: string;
  updatedAt: string;
}

/** The partnership's co-edited documents, the strategy first. */
export async function listDocuments(db: Db, partnershipId: string): Promise<DocumentListItem[]> {
  const rows = await db
    .select({ id: documents.id, kind: documents.kind, title: documents.title, updatedAt: documents.updatedAt })
    .from(documents)
    .where(eq(documents.partnershipId, partnershipId))
    .orderBy(asc(documents.createdAt), asc(documents.title));
  rows.sort((a, b) => Number(b.kind === "strategy") - Number(a.kind === "strategy"));
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

export interface MemberRow {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: PartnershipRole;
  representedTeryt: string | null;
  representedName: string | null;
  isChair: boolean;
  workingGroupIds: string[];
}

export async function listMembers(db: Db, partnershipId: string): Promise<MemberRow[]> {
  const rows = await db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      ...pick(users, "name", "email"),
      ...pick(memberships, "role", "representedTeryt"),
      representedName: territorialUnits.name,
      isChair: memberships.isChair,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(territorialUnits, eq(territorialUnits.teryt, memberships.representedTeryt))
    .where(eq(memberships.partnershipId, partnershipId))
    .orderBy(asc(users.name), asc(memberships.role));
  const groupRows = await db
    .select({ userId: workingGroupMembers.userId, groupId: workingGroups.id })
    .from(workingGroupMembers)
    .innerJoin(workingGroups, eq(workingGroups.id, workingGroupMembers.workingGroupId))
    .where(eq(workingGroups.partnershipId, partnershipId));
  return rows.map((r) => ({
    ...r,
    workingGroupIds: groupRows.filter((g) => g.userId === r.userId).map((g) => g.groupId),
  }));
}

export async function listWorkingGroups(db: Db, partnershipId: string) {
  return db
    .select({ id: workingGroups.id, name: workingGroups.name })
    .from(workingGroups)
    .where(eq(workingGroups.partnershipId, partnershipId))
    .orderBy(asc(workingGroups.name));
}

/** The member JSTs a council member may represent (the same list the projects' pickers use). */
export { memberUnits as listMemberUnits } from "./projects/projects.server";

export async function getMembership(db: Db, partnershipId: string, membershipId: string) {
  const [row] = await db
    .select({ membership: memberships, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.partnershipId, partnershipId)));
  return row ?? null;
}

export class MembershipConflictError extends Error {}

/** Changes one membership's role / represented JST / chair. One chair per partnership. */
export async function updateMembership(
  db: Db,
  partnershipId: string,
  membershipId: string,
  change: { role: PartnershipRole; representedTeryt: string | null; isChair: boolean },
) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.partnershipId, partnershipId)));
    if (!current) return null;
    if (change.role !== current.role) {
      const [clash] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(
          and(
            eq(memberships.userId, current.userId),
            eq(memberships.partnershipId, partnershipId),
            eq(memberships.role, change.role),
          ),
        );
      if (clash) throw new MembershipConflictError();
    }
    const council = change.role === "council_member";
    if (council && change.isChair) {
      await tx.update(memberships).set({ isChair: false }).where(eq(memberships.partnershipId, partnershipId));
    }
    const [updated] = await tx
      .update(memberships)
      .set({
        role: change.role,
        representedTeryt: representedUnit(change.role, change.representedTeryt) || null,
        isChair: council && change.isChair,
      })
      .where(eq(memberships.id, membershipId))
      .returning();
    if (current.role === "working_group_member" && change.role !== "working_group_member") {
      await removeFromGroups(tx, partnershipId, current.userId);
    }
    return { before: current, after: updated };
  });
}

async function removeFromGroups(db: Queryable, partnershipId: string, userId: string) {
  const groups = await db.select({ id: workingGroups.id }).from(workingGroups).where(eq(workingGroups.partnershipId, partnershipId));
  if (groups.length === 0) return;
  await db
    .delete(workingGroupMembers)
    .where(and(eq(workingGroupMembers.userId, userId), inArray(workingGroupMembers.workingGroupId, groups.map((g) => g.id))));
}

export async function removeMembership(db: Db, partnershipId: string, membershipId: string) {
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.partnershipId, partnershipId)))
      .returning();
    if (removed?.role === "working_group_member") await removeFromGroups(tx, partnershipId, removed.userId);
    return removed ?? null;
  });
}

export async function createWorkingGroup(db: Db, partnershipId: string, name: string) {
  const [group] = await db.insert(workingGroups).values({ partnershipId, name }).returning();
  return group;
}

export async function renameWorkingGroup(db: Db, partnershipId: string, groupId: string, name: string) {
  const [group] = await db
    .update(workingGroups)
    .set({ name })
    .where(and(eq(workingGroups.id, groupId), eq(workingGroups.partnershipId, partnershipId)))
    .returning();
  return group ?? null;
}

/** Sets exactly which of the partnership's working groups the user belongs to. */
export async function setUserWorkingGroups(db: Db, partnershipId: string, userId: string, groupIds: readonly string[]) {
  return db.transaction(async (tx) => {
    await removeFromGroups(tx, partnershipId, userId);
    if (groupIds.length === 0) return [];
    const valid = await tx
      .select({ id: workingGroups.id })
      .from(workingGroups)
      .where(and(eq(workingGroups.partnershipId, partnershipId), inArray(workingGroups.id, [...groupIds])));
    if (valid.length > 0) {
      await tx.insert(workingGroupMembers).values(valid.map((g) => ({ workingGroupId: g.id, userId })));
    }
    return valid.map((g) => g.id);
  });
}
