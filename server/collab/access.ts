import type { IncomingMessage } from "node:http";

/**
 * Who is on the other end of a socket. The core reads only these two fields and hands the object back to the
 * access adapter, so an adapter may return a richer principal (the app's carries the policy's actor).
 */
export interface Principal {
  sessionId: string;
  userId: string;
}

export type AccessLevel = "read" | "edit";

/** What a principal may do with an open document, and how others see them in it. */
export interface Grant {
  level: AccessLevel;
  /** The `user` field the server writes into this socket's presence (awareness) entries: name, colour … */
  presence: object;
}

/** A re-check's answer for one socket: its session ended, or its principal now (and for a document, its grant). */
export type Recheck = "ended" | { principal: Principal; grant: Grant | null };

/**
 * Authentication and authorisation, injected so the core holds no policy of its own (the app's adapter,
 * `createDbAccess` in app/lib/documents/access.server.ts, asks the guard and the policy).
 */
export interface CollabAccess {
  /** From the session cookie, or `Authorization: Bearer <session token>` for non-browser clients. */
  authenticate(req: IncomingMessage): Promise<Principal | null>;
  /** May this principal open the document? A refusal carries the HTTP status to answer the upgrade with. */
  open(principal: Principal, documentId: string): Promise<Grant | { refused: 403 | 404 }>;
  /**
   * Re-reads the sessions and rights of open sockets (documentId null: an events socket), one answer per entry
   * in order; a document socket whose grant comes back null has lost access.
   */
  recheck(sockets: readonly { principal: Principal; documentId: string | null }[]): Promise<Recheck[]>;
  /** Whether the principal may receive an event addressed to `audience` (the partnership scope), asked at delivery. */
  mayReceive(principal: Principal, audience: unknown): boolean;
}
