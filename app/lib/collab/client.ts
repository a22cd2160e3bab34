/**
 * The browser side of the collaboration websocket: a y-websocket `WebsocketProvider` for `/collab/:documentId`
 * plus our two extra messages, `Persisted` (the server's durable acknowledgement) and `Event` (JSON events).
 * This module holds the one decoder of `Event` (`readEvent`) and the one way components hear events,
 * `subscribe(type, handler)`, whichever socket brought them (this one, or the events socket: events.ts).
 *
 * Save state: every update-bearing sync message we send (a local update, or the sync step 2 answering the
 * server's step 1 after a (re)connect, which carries everything made offline) is counted per connection; the
 * server answers `Persisted(n)` once the first n of them are committed to the database.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { MessageType, isEventType, type CollabEvent, type EVENTS, type EventOf, type EventType } from "../collab-protocol";

export type SaveState = "saving" | "saved" | "offline";

export interface CollabClientOptions {
  documentId: string;
  /** The document to sync (default: a new Y.Doc). */
  doc?: Y.Doc;
  /** ws(s)://host/collab — default: the page's origin. */
  serverUrl?: string;
  /** For Node (tests, bench): the `ws` package's WebSocket, e.g. a subclass that sends a Bearer header. */
  WebSocketPolyfill?: typeof WebSocket;
  /** Connect at once (default true). */
  connect?: boolean;
}

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  readonly saveState: SaveState;
  /** Local edits not yet confirmed durable (warn before the tab closes). */
  readonly hasUnsavedChanges: boolean;
  onSaveState(listener: (state: SaveState) => void): () => void;
  onEvent(listener: (event: CollabEvent) => void): () => void;
  /** Each `Persisted` acknowledgement: the first `count` updates sent on connection `generation` are durable. */
  onPersisted(listener: (count: number, generation: number) => void): () => void;
  /**
   * The server refused or ended the connection for good (close codes 4400–4499, see CloseCode): 4401 sign in
   * again, 4403 access withdrawn, 4400/4413 a bad message. The provider does not reconnect after these.
   */
  onClosed(listener: (close: { code: number; reason: string }) => void): () => void;
  /** Counters of the current connection (tests, diagnostics). */
  stats(): { generation: number; sent: number; acked: number };
  destroy(): void;
}

type MessageHandler = (
  encoder: encoding.Encoder,
  decoder: decoding.Decoder,
  provider: WebsocketProvider,
  emitSynced: boolean,
  messageType: number,
) => void;

/** Reads the JSON of an `Event` message (its type already read); null when it is not an event we know. */
export function readEvent(decoder: decoding.Decoder): CollabEvent | null {
  try {
    const value: unknown = JSON.parse(decoding.readVarString(decoder));
    const type = typeof value === "object" && value !== null ? (value as { type?: unknown }).type : undefined;
    return isEventType(type) ? (value as CollabEvent) : null;
  } catch {
    return null;
  }
}

/** A whole server message: the event it carries, or null when it is another message or malformed. */
export function decodeEventMessage(bytes: Uint8Array): CollabEvent | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    return decoding.readVarUint(decoder) === MessageType.Event ? readEvent(decoder) : null;
  } catch {
    return null;
  }
}

/** An event as `subscribe` hands it over: a document event names the document it came from. */
export type Delivered<K extends EventType> = EventOf<K> &
  ((typeof EVENTS)[K]["scope"] extends "document" ? { documentId: string } : unknown);
type AnyHandler = (event: CollabEvent & { documentId?: string }) => void;
const subscribers = new Map<EventType, Set<AnyHandler>>();

/**
 * The one way a component hears server events: `useEffect(() => subscribe("comments.changed", (e) => …), [])`.
 * Returns the unsubscribe function. Events missed while offline are not replayed: refetch on reconnect.
 */
export function subscribe<K extends EventType>(type: K, handler: (event: Delivered<K>) => void): () => void {
  const set = subscribers.get(type) ?? new Set<AnyHandler>();
  subscribers.set(type, set);
  const wrapped = handler as unknown as AnyHandler; // the map holds every type's handlers; dispatch matches types
  set.add(wrapped);
  return () => set.delete(wrapped);
}

/** Hands an event from a socket to its subscribers (`documentId`: the document socket it came on). */
export function dispatch(event: CollabEvent, documentId?: string): void {
  const delivered = documentId === undefined ? event : { ...event, documentId };
  for (const handler of subscribers.get(event.type) ?? []) handler(delivered);
}

export function defaultServerUrl(): string {
  return `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/collab`;
}

export function createCollabClient(options: CollabClientOptions): CollabClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(options.serverUrl ?? defaultServerUrl(), options.documentId, doc, {
    connect: false,
    // One websocket per tab keeps acknowledgements simple and exact.
    disableBc: true,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });

  let generation = 0;
  let sent = 0;
  let acked = 0;
  let step2Sent = false;
  /** Local edits exist that the server may lack (made offline, or unacknowledged when the socket dropped). */
  let needsResync = false;
  let state: SaveState = "offline";
  const saveListeners = new Set<(state: SaveState) => void>();
  const eventListeners = new Set<(event: CollabEvent) => void>();
  const persistedListeners = new Set<(count: number, generation: number) => void>();

  const connected = () => provider.wsconnected && provider.ws !== null && provider.ws.readyState === 1;

  function update() {
    let next: SaveState;
    if (!connected()) next = "offline";
    else if (acked < sent || (needsResync && !step2Sent)) next = "saving";
    else {
      next = "saved";
      needsResync = false;
    }
    if (next === state) return;
    state = next;
    for (const listener of saveListeners) listener(state);
  }

  const handlers = provider.messageHandlers as unknown as MessageHandler[];
  const syncHandler = handlers[MessageType.Sync];
  handlers[MessageType.Sync] = (encoder, decoder, p, emitSynced, messageType) => {
    syncHandler(encoder, decoder, p, emitSynced, messageType);
    // A reply beyond the message-type byte is our sync step 2 (answering the server's step 1): it will be sent.
    if (encoding.length(encoder) > 1) {
      sent++;
      step2Sent = true;
      update();
    }
  };
  handlers[MessageType.Persisted] = (_encoder, decoder) => {
    acked = Math.max(acked, decoding.readVarUint(decoder));
    for (const listener of persistedListeners) listener(acked, generation);
    update();
  };
  handlers[MessageType.Event] = (_encoder, decoder) => {
    const event = readEvent(decoder);
    if (!event) return;
    for (const listener of eventListeners) listener(event);
    dispatch(event, options.documentId);
  };

  provider.on("status", ({ status }) => {
    if (status === "connected") {
      generation++;
      sent = 0;
      acked = 0;
      step2Sent = false;
    } else if (status === "disconnected" && acked < sent) {
      needsResync = true;
    }
    update();
  });

  // A local update made after the socket opened but before we answered the server's sync step 1 may build on
  // edits the server does not have yet (made offline, or typed while connecting): sent at once it would arrive
  // ahead of them, and the server cannot check or apply it (it closes the socket: CloseCode.Resync). Our step 2
  // carries it, in order, so until that has gone the provider does not send updates on their own.
  const sendUpdate = provider._updateHandler;
  doc.off("update", sendUpdate);
  provider._updateHandler = (update: Uint8Array, origin: unknown) => {
    if (step2Sent) sendUpdate(update, origin);
  };
  doc.on("update", provider._updateHandler);

  // Registered after the provider's own listener, so a local update has already been sent (or not) when we count.
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    if (connected() && step2Sent) sent++;
    else needsResync = true;
    update();
  };
  doc.on("update", onUpdate);

  if (options.connect !== false) provider.connect();

  return {
    doc,
    provider,
    get saveState() {
      return state;
    },
    get hasUnsavedChanges() {
      return needsResync || acked < sent;
    },
    onSaveState(listener) {
      saveListeners.add(listener);
      return () => saveListeners.delete(listener);
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onClosed(listener) {
      const handler = (close: { code: number; reason: string }) => listener(close);
      provider.on("closed", handler);
      return () => provider.off("closed", handler);
    },
    onPersisted(listener) {
      persistedListeners.add(listener);
      return () => persistedListeners.delete(listener);
    },
    stats: () => ({ generation, sent, acked }),
    destroy() {
      doc.off("update", onUpdate);
      saveListeners.clear();
      eventListeners.clear();
      persistedListeners.clear();
      provider.destroy();
    },
  };
}
