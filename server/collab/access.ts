import type { IncomingMessage } from "node:http";
import { inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { memberships, users } from "../../db/schema";
import {
  liveSessionIds,
  loadActor,
  readCookie,
  SESSION_COOKIE,
  validateSessionToken,
} from "../../app/lib/auth/session.server";
import { can, type Actor, type DocumentKind, type DocumentResource, type GlobalRole, type PartnershipRole } from "../../app/lib/policy";
import { editorsFor } from "../../app/lib/projects/rights.server";
import { findDocument } from "./store";

/** Who is on the other end of a connection. */
export interface Principal {
  sessionId: string;
  userId: string;
  name: string;
  actor: Actor;
}

export type AccessLevel = "none" | "read" | "edit";

/** Authentication and authorisation for the collaboration server; injected, so the core can be tested alone. */
export interface CollabAccess {
  /** From the session cookie, or `Authorization: Bearer <session token>` for non-browser clients. */
  authenticate(req: IncomingMessage): Promise<Principal | null>;
  /** The document as the policy sees it, or null when there is no such document. */
  findDocument(documentId: string): Promise<DocumentResource | null>;
  /** Re-reads the given sessions and users: which sessions still live, and each user's current actor. */
  refresh(sessionIds: readonly string[], userIds: readonly string[]): Promise<{ live: Set<string>; actors: Map<string, Actor> }>;
}

export function accessLevel(actor: Actor | null, document: DocumentResource): AccessLevel {
  if (!can(actor, "document.read", document)) return "none";
  return can(actor, "document.edit", document) ? "edit" : "read";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function sessionTokenOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? match[1] : null;
  }
  return readCookie(req.headers.cookie, SESSION_COOKIE);
}

export function createDbAccess(database: Database): CollabAccess {
  const { db } = database;
  return {
    async authenticate(req) {
      const token = sessionTokenOf(req);
      if (!token) return null;
      const result = await validateSessionToken(db, token);
      if (!result) return null;
      return {
        sessionId: result.session.id,
        userId: result.user.id,
        name: result.user.name,
        actor: await loadActor(db, result.user),
      };
    },

    async findDocument(documentId) {
      if (!UUID.test(documentId)) return null;
      const row = await findDocument(database, documentId);
      if (!row) return null;
      const editors = await editorsFor(db, row.partnershipId, row.kind);
      return { type: "document", partnershipId: row.partnershipId, kind: row.kind as DocumentKind, editors };
    },

    async refresh(sessionIds, userIds) {
      const live = await liveSessionIds(db, sessionIds);
      const actors = new Map<string, Actor>();
      if (userIds.length === 0) return { live, actors };
      const userRows = await db
        .select({ id: users.id, globalRole: users.globalRole, voivodeshipTeryt: users.voivodeshipTeryt })
        .from(users)
        .where(inArray(users.id, [...userIds]));
      const roleRows = await db
        .select({ userId: memberships.userId, partnershipId: memberships.partnershipId, role: memberships.role })
        .from(memberships)
        .where(inArray(memberships.userId, [...userIds]));
      for (const user of userRows) {
        actors.set(user.id, {
          userId: user.id,
          globalRole: (user.globalRole as GlobalRole | null) ?? null,
          voivodeshipTeryt: user.voivodeshipTeryt,
          roles: new Map(),
        });
      }
      for (const row of roleRows) {
        const roles = actors.get(row.userId)?.roles as Map<string, PartnershipRole[]> | undefined;
        if (!roles) continue;
        const list = roles.get(row.partnershipId) ?? [];
        list.push(row.role as PartnershipRole);
        roles.set(row.partnershipId, list);
      }
      return { live, actors };
    },
  };
}
