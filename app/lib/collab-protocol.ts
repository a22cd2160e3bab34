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
  /** server → client: varString JSON of an application event (`CollabEvent`, see EVENTS below). */
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
  /**
   * An update built on edits of its sender that the server has not received (it arrived ahead of them): not
   * applied; reconnect, and the sync step 2 sends everything in order. Outside 4400–4499, so y-websocket retries.
   */
  Resync: 4000,
} as const;

/**
 * Who receives an event:
 * - `document`: everyone with the document open (its collaboration socket; they were authorised to read it);
 * - `partnership`: every signed-in page whose user the policy lets see the event's subject at delivery
 *   (the events socket, `/events`), e.g. a poll's tally to those who may read the poll;
 * - `user`: every page of one user (the events socket), e.g. their notification count.
 */
export type EventScope = "document" | "partnership" | "user";

interface EventSpec<S extends EventScope, P> {
  scope: S;
  /** Type-level only: the payload's shape. */
  payload?: P;
}
const event =
  <S extends EventScope>(scope: S) =>
  <P extends object = Record<never, never>>(): EventSpec<S, P> => ({ scope });

/**
 * Every server → client event (message 101), with its scope and payload. A feature adds its event with one line
 * here; the server's `toDocument` / `toPartnership` / `toUser` and the browser's `subscribe` are typed from it.
 */
export const EVENTS = {
  /** A comment thread of the document was created, answered, resolved, edited … (refetch the trail). */
  "comments.changed": event("document")<{ threadId: string }>(),
  /** A version was restored into the document (tell the editors why their text changed). */
  "document.restored": event("document")<{ versionId: string }>(),
  /** The document's version list changed (a named version, a restore): open version lists refresh. */
  "versions.changed": event("partnership")<{ documentId: string }>(),
  /** A session changed (opened, closed, a decision, attendance, approvals, its plan): its pages refetch. */
  "meeting.changed": event("partnership")<{ meetingId: string }>(),
  /** The coordinator moved the session room to another agenda item (null: none). */
  "meeting.item": event("partnership")<{ meetingId: string; itemId: string | null }>(),
  /** A poll changed (opened, a ballot cast — turnout, and the tally of a live open ballot —, closed, adopted): its pages refetch. */
  "poll.changed": event("partnership")<{ pollId: string }>(),
  /** The user's unread notification count changed (a mention or a reply arrived, or they read some). */
  "notifications.changed": event("user")<{ unread: number }>(),
} as const;

export type EventType = keyof typeof EVENTS;
type PayloadOf<K extends EventType> = (typeof EVENTS)[K] extends EventSpec<EventScope, infer P> ? P : never;
/** One event on the wire: its type and its payload. */
export type EventOf<K extends EventType> = { type: K } & PayloadOf<K>;
export type CollabEvent = { [K in EventType]: EventOf<K> }[EventType];
/** The events of one scope (what `toDocument`, `toPartnership`, `toUser` accept). */
export type ScopedEvent<S extends EventScope> = {
  [K in EventType]: (typeof EVENTS)[K]["scope"] extends S ? EventOf<K> : never;
}[EventType];

export function isEventType(value: unknown): value is EventType {
  return typeof value === "string" && Object.hasOwn(EVENTS, value);
}
