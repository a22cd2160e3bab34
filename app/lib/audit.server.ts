import { and, desc, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client";
import { auditLog, memberships, partnerships, users } from "../../db/schema";
import type { AuditEvent } from "./enums";
import type { AuditRow } from "./audit-details";
import { pick } from "../../db/pick";

export type { AuditEvent } from "./enums";
export type { AuditRow } from "./audit-details";

export interface AuditEntry {
  event: AuditEvent;
  actorUserId?: string | null;
  partnershipId?: string | null;
  subjectEmail?: string | null;
  ip?: string | null;
  /** Never secrets: no passwords, no tokens. */
  details?: Record<string, unknown>;
}

export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    event: entry.event,
    actorUserId: entry.actorUserId ?? null,
    partnershipId: entry.partnershipId ?? null,
    subjectEmail: entry.subjectEmail ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
  });
}


/**
 * Account events of a person, recorded without a partnership (a sign-in belongs to no partnership): the
 * partnership log shows them for its members.
 */
export const ACCOUNT_EVENTS = [
  "sign_in", "sign_out", "password_changed", "password_reset_done", "session_revoked", "sessions_revoked_all",
] as const satisfies readonly AuditEvent[];

/**
 * The newest events first: of one partnership (its own events, and its members' sign-ins and other account
 * events), or (no partnershipId) of the whole platform.
 */
export async function listAudit(db: Db, options: { partnershipId?: string; limit?: number } = {}): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (options.partnershipId) {
    const members = db.select({ id: memberships.userId }).from(memberships).where(eq(memberships.partnershipId, options.partnershipId));
    where.push(
      or(
        eq(auditLog.partnershipId, options.partnershipId),
        and(isNull(auditLog.partnershipId), inArray(auditLog.event, [...ACCOUNT_EVENTS]), inArray(auditLog.actorUserId, members)),
      )!,
    );
  }
  return db
    .select({
      ...pick(auditLog, "id", "at", "event"),
      actorEmail: users.email,
      actorName: users.name,
      partnershipName: partnerships.name,
      ...pick(auditLog, "subjectEmail", "ip", "details"),
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(partnerships, eq(partnerships.id, auditLog.partnershipId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(options.limit ?? 200);
}
