import type * as Y from "yjs";
import type { Database } from "../db/client";
import type { AppConfig } from "./lib/config.server";
import type { ScopedEvent } from "./lib/collab-protocol";
import type { Action, Actor, Resource } from "./lib/policy";
import type { SessionUser, ValidSession } from "./lib/auth/session.server";

/**
 * Who receives a partnership-scope event: every signed-in page whose user the policy allows `action` on
 * `resource` at the moment of delivery (e.g. `{ resource: poll, action: "poll.read" }`).
 */
export interface PartnershipAudience {
  resource: Resource;
  action: Action;
}

/** What the collaboration server offers to routes (server/collab implements it; the app never imports it). */
export interface CollabHandle {
  /** Close every open connection of these sessions now. */
  closeSessions(sessionIds: readonly string[]): void;
  /** Re-check the access of every open connection of this user (after a role change). */
  recheckUser(userId: string): void;
  /**
   * Reads a document as it is now (the live room's copy, edits not yet committed included, else the stored
   * one): no transaction, no wait for commits. `read` runs synchronously on the Y.Doc; copy what you keep.
   */
  readDocument<T>(documentId: string, read: (doc: Y.Doc) => T): Promise<T>;
  /**
   * A server-side edit of a live document on `userId`'s behalf (e.g. restoring a version as a new edit): loads
   * it if needed, applies `change` in one Yjs transaction, broadcasts it to open editors, and resolves once it
   * is durably stored with its author.
   */
  changeDocument(documentId: string, userId: string | null, change: (doc: Y.Doc) => void): Promise<void>;
  /** A document event to everyone who has the document open. */
  toDocument(documentId: string, event: ScopedEvent<"document">): void;
  /** A partnership event to every signed-in page the policy allows at delivery. */
  toPartnership(audience: PartnershipAudience, event: ScopedEvent<"partnership">): void;
  /** A user event to every page of that user. */
  toUser(userId: string, event: ScopedEvent<"user">): void;
}

export interface RequestAuth {
  session: ValidSession;
  user: SessionUser;
  actor: Actor;
}

export interface AppContext {
  database: Database;
  config: AppConfig;
  collab: CollabHandle;
  auth: RequestAuth | null;
  /** The client address as the server saw it. */
  ip: string;
}

declare module "@remix-run/node" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends AppContext {}
}
