import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { auditLog, partnerships, users } from "../../db/schema";
import type { AuditEvent } from "./enums";

export type { AuditEvent } from "./enums";

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
  event: AuditEvent;
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
