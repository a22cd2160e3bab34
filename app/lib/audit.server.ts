import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { auditLog, partnerships, users } from "../../db/schema";

/** Security events kept in the audit log (never deleted by the application). */
export type AuditEvent =
  | "sign_in"
  | "sign_in_failed"
  | "sign_in_rate_limited"
  | "sign_out"
  | "password_changed"
  | "password_reset_requested"
  | "password_reset_done"
  | "invitation_sent"
  | "invitation_accepted"
  | "invitation_withdrawn"
  | "role_changed"
  | "member_removed"
  | "working_groups_changed"
  | "session_revoked"
  | "sessions_revoked_all"
  | "editing_rights_changed"
  | "flagship_adopted";

export const AUDIT_EVENTS: readonly AuditEvent[] = [
  "sign_in",
  "sign_in_failed",
  "sign_in_rate_limited",
  "sign_out",
  "password_changed",
  "password_reset_requested",
  "password_reset_done",
  "invitation_sent",
  "invitation_accepted",
  "invitation_withdrawn",
  "role_changed",
  "member_removed",
  "working_groups_changed",
  "session_revoked",
  "sessions_revoked_all",
  "editing_rights_changed",
  "flagship_adopted",
];

export interface AuditEntry {
  event: AuditEvent;
  actorUserId?: string | null;
  partnershipId?: string | null;
  subjectEmail?: string | null;
  ip?: string | null;
  /** Never secrets: no passwords, no tokens. */
  details?: Record<string, unknown>;
}

export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    event: entry.event,
    actorUserId: entry.actorUserId ?? null,
    partnershipId: entry.partnershipId ?? null,
    subjectEmail: entry.subjectEmail ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
  });
}

export interface AuditRow {
  id: number;
  at: Date;
  event: string;
  actorEmail: string | null;
  actorName: string | null;
  partnershipName: string | null;
  subjectEmail: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

/** The newest events first: of one partnership, or (no partnershipId) of the whole platform. */
export async function listAudit(db: Db, options: { partnershipId?: string; limit?: number } = {}): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (options.partnershipId) where.push(eq(auditLog.partnershipId, options.partnershipId));
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      event: auditLog.event,
      actorEmail: users.email,
      actorName: users.name,
      partnershipName: partnerships.name,
      subjectEmail: auditLog.subjectEmail,
      ip: auditLog.ip,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(partnerships, eq(partnerships.id, auditLog.partnershipId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(options.limit ?? 200);
}
