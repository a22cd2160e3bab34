import type * as Y from "yjs";
import type { Database } from "../db/client";
import type { AppConfig } from "../server/config";
import type { Actor } from "./lib/policy";
import type { SessionUser, ValidSession } from "./lib/auth/session.server";

/** What the collaboration server offers to routes (e.g. closing a revoked session's sockets). */
export interface CollabHandle {
  /** Close every open connection of these sessions now. */
  closeSessions(sessionIds: readonly string[]): void;
  /** Re-check the access of every open connection of this user (after a role change). */
  recheckUser(userId: string): void;
  /** Send an application event to everyone connected to a document (comments, presence of threads …). */
  broadcastEvent(documentId: string, event: unknown): void;
  /**
   * A server-side edit of a live document (e.g. restoring a version as a new edit): loads it if needed, applies
   * `fn` in one Yjs transaction, broadcasts it to open editors, and resolves once it is durably stored.
   */
  changeDocument(documentId: string, fn: (doc: Y.Doc) => void): Promise<void>;
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
