/**
 * Wire constants of the collaboration websocket, shared by the server and the browser.
 * 0–3 are the standard y-websocket message types; 100+ are ours, and standard clients ignore them.
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  /** server → client: varUint, how many of this connection's updates are durably committed so far. */
  Persisted: 100,
  /** server → client: varString JSON of an application event (e.g. comment threads changed). */
  Event: 101,
} as const;

/** Named websocket close codes (4000–4999 are application-defined): a client knows whether to retry. */
export const CloseCode = {
  /** The session ended or was revoked: sign in again, do not retry blindly. */
  Unauthorized: 4401,
  /** Access to the document was withdrawn. */
  Forbidden: 4403,
  /** A message over the size cap. */
  MessageTooBig: 4413,
  /** Too many messages per second. */
  RateLimited: 4429,
  /** Too many connections to this document. */
  TooManyConnections: 4430,
  /** This user (or this browser session) already has too many connections open to this document: close a tab. */
  TooManyOwnConnections: 4431,
  /** A malformed or hostile message. */
  BadMessage: 4400,
  /** The server is shutting down: reconnect shortly. */
  ServerShutdown: 4503,
} as const;

/** Application events broadcast to everyone connected to a document. */
export type CollabEvent =
  | { type: "comments.changed"; threadId: string }
  | { type: "versions.changed" }
  | { type: "document.restored"; versionId: string };
