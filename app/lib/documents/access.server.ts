/**
 * The documents module's access adapter of the collaboration core (server/collab's `CollabAccess`): sessions
 * for authentication, the guard's rule for opening a document, the policy for what an open socket may do and
 * which events it may receive. Together with `createDbStore` this is everything the core knows of the app.
 */
import type { IncomingMessage } from "node:http";
import type { Database } from "../../../db/client";
import { loadActor, readCookie, SESSION_COOKIE, validateSessionToken } from "../auth/session.server";
import { presenceUser, type PresenceUser } from "../collab/presence";
import { decide } from "../guard.server";
import { can, rolesIn, type Actor, type DocumentResource } from "../policy";
import type { PartnershipAudience } from "../../load-context";
import { findDocumentResources } from "./documents.server";
import { loadRecheckState } from "./recheck.server";

/** The app's principal: the core keeps it per socket and hands it back to these functions. */
export interface AppPrincipal {
  sessionId: string;
  userId: string;
  name: string;
  actor: Actor;
}

export interface DocumentGrant {
  level: "read" | "edit";
  presence: PresenceUser;
}

export function sessionTokenOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? match[1] : null;
  }
  return readCookie(req.headers.cookie, SESSION_COOKIE);
}

/** What an open socket may do with the document, and how others see its user there; null: no read right. */
function grantFor(principal: AppPrincipal, resource: DocumentResource): DocumentGrant | null {
  if (!can(principal.actor, "document.read", resource)) return null;
  return {
    level: can(principal.actor, "document.edit", resource) ? "edit" : "read",
    presence: presenceUser({ id: principal.userId, name: principal.name }, rolesIn(principal.actor, resource.partnershipId)),
  };
}

export function createDbAccess(database: Database) {
  const { db } = database;
  return {
    async authenticate(req: IncomingMessage): Promise<AppPrincipal | null> {
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

    /** The guard's rule for reading the document (404 when unknown or not to be known, 403 when known only). */
    async open(principal: AppPrincipal, documentId: string): Promise<DocumentGrant | { refused: 403 | 404 }> {
      const resource = (await findDocumentResources(db, [documentId])).get(documentId) ?? null;
      const verdict = decide(principal.actor, "document.read", resource);
      const grant = verdict === "allow" && resource ? grantFor(principal, resource) : null;
      return grant ?? { refused: verdict === 403 ? 403 : 404 };
    },

    /** Every open socket at once, in one statement (sessions, actors and documents: loadRecheckState). */
    async recheck(sockets: readonly { principal: AppPrincipal; documentId: string | null }[]) {
      const { live, actors, resources } = await loadRecheckState(
        db,
        sockets.map((s) => s.principal.sessionId),
        sockets.map((s) => s.principal.userId),
        sockets.flatMap((s) => (s.documentId ? [s.documentId] : [])),
      );
      return sockets.map(({ principal, documentId }) => {
        const actor = actors.get(principal.userId);
        if (!live.has(principal.sessionId) || !actor) return "ended" as const;
        const current = { ...principal, actor };
        const resource = documentId ? resources.get(documentId) : undefined;
        return { principal: current, grant: resource ? grantFor(current, resource) : null };
      });
    },

    mayReceive(principal: AppPrincipal, audience: PartnershipAudience): boolean {
      return can(principal.actor, audience.action, audience.resource);
    },
  };
}
