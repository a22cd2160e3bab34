/**
 * The collaboration core: y-websocket documents made durable before they are acknowledged, plus the event
 * channel. It holds no policy and no SQL: authentication and rights come from the injected `CollabAccess`,
 * persistence from the injected `DocumentStore` (the app's adapters live in app/lib/documents/), and it shares
 * only the wire constants (app/lib/collab-protocol.ts) with the browser.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData } from "ws";
import * as Y from "yjs";
import { CloseCode, type CollabEvent } from "../../app/lib/collab-protocol";
import type { CollabAccess } from "./access";
import { connectionRefusal } from "./caps";
import { Connection } from "./connection";
import { handleMessage, sendEvent } from "./messages";
import { probeAsync, probeSync } from "./probes";
import { Rooms } from "./rooms";
import type { DocumentStore } from "./store";
import { decideUpgrade, refuseUpgrade } from "./upgrade";

export type { CollabAccess, Grant, Principal, Recheck } from "./access";
export type { DocumentStore, PendingUpdate } from "./store";

export interface CollabServerOptions {
  /** Authentication and rights (the app: `createDbAccess`). */
  access: CollabAccess;
  /** Persistence (the app: `createDbStore`, document_updates / document_states). */
  store: DocumentStore;
  /** Origins a browser may open the websocket from. Requests without an Origin (non-browser clients) are allowed. */
  isAllowedOrigin(origin: string, req: IncomingMessage): boolean;
  /** Cap on one message (sync); default 8 MB. */
  maxMessageBytes?: number;
  /** Cap on one awareness update; default 64 KB. */
  maxAwarenessBytes?: number;
  maxConnectionsPerDocument?: number;
  /** Open connections of one user to one document; default 16. */
  maxConnectionsPerUser?: number;
  /** Open connections of one session (browser) to one document; default 8. */
  maxConnectionsPerSession?: number;
  /** Open events sockets per user (tabs); default 50. */
  maxEventSocketsPerUser?: number;
  maxMessagesPerSecond?: number;
  /**
   * Checks an update before it is applied or stored: a reason to refuse it (its sender is closed with 4400), or
   * null. The app passes the editor-schema check (app/lib/editor/update-check.ts).
   */
  checkUpdate?: (doc: Y.Doc, update: Uint8Array) => string | null;
  /**
   * A socket joined a document (after the upgrade was granted) / left it. Presence as the server knows it, for
   * features that record who was there (session attendance); called synchronously, must not throw.
   */
  onConnect?: (connection: ConnectionInfo) => void;
  onDisconnect?: (connection: ConnectionInfo) => void;
  /** Called ~settleMs after edits to a document stop (derived HTML/text, automatic versions). */
  onDocumentSettled?: (documentId: string, doc: Y.Doc) => void | Promise<void>;
  settleMs?: number;
  /** How often open connections' sessions and rights are re-read; default 2 s. */
  recheckIntervalMs?: number;
  /** How long an unused document stays in memory; default 10 s. */
  unloadAfterMs?: number;
  /** Compact the log into the state row once this many updates are beyond it; default 500. */
  compactAfterUpdates?: number;
  /** Ping interval; a connection that has not answered the previous ping is dropped. Default 30 s. */
  keepAliveMs?: number;
  log?: (message: string, error?: unknown) => void;
}

/** One document socket as the connection hooks see it: an id unique in this process, the document, the user. */
export interface ConnectionInfo {
  id: number;
  documentId: string;
  userId: string;
}

export interface CollabServer {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Close every open connection of these sessions now. */
  closeSessions(sessionIds: readonly string[]): void;
  /** Re-check the rights of every open connection of this user now (after a role change). */
  recheckUser(userId: string): void;
  /**
   * Reads the document as it is now: the live room's copy when it is loaded (edits not yet committed included),
   * else the stored one. No transaction, no wait for the commit queue; `read` runs synchronously on the Y.Doc.
   */
  readDocument<T>(documentId: string, read: (doc: Y.Doc) => T): Promise<T>;
  /**
   * An edit the server makes on `userId`'s behalf (e.g. restoring a version): loads the document if needed,
   * applies `change` in one Yjs transaction, broadcasts it, stores it with its author; resolves once durable.
   */
  changeDocument(documentId: string, userId: string | null, change: (doc: Y.Doc) => void): Promise<void>;
  /** Document scope: to every socket open on the document. */
  toDocument(documentId: string, event: CollabEvent): void;
  /** Partnership scope: to every events socket whose principal `access.mayReceive(principal, audience)`. */
  toPartnership(audience: unknown, event: CollabEvent): void;
  /** User scope: to every events socket of the user. */
  toUser(userId: string, event: CollabEvent): void;
  /** Stop accepting, flush every pending write, close every connection. */
  close(): Promise<void>;
}

export function createCollabServer(options: CollabServerOptions): CollabServer {
  const { access, store } = options;
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ""));
  const limits = {
    maxMessageBytes: options.maxMessageBytes ?? 8 * 1024 * 1024,
    maxAwarenessBytes: options.maxAwarenessBytes ?? 64 * 1024,
  };
  const caps = {
    perDocument: options.maxConnectionsPerDocument ?? 500,
    perUser: options.maxConnectionsPerUser ?? 16,
    perSession: options.maxConnectionsPerSession ?? 8,
  };
  const maxEventSockets = options.maxEventSocketsPerUser ?? 50;
  const maxRate = options.maxMessagesPerSecond ?? 200;
  const rooms = new Rooms(
    {
      store,
      onSettled: options.onDocumentSettled,
      settleMs: options.settleMs ?? 1500,
      compactAfterUpdates: options.compactAfterUpdates ?? 500,
      checkUpdate: options.checkUpdate,
      log,
    },
    options.unloadAfterMs ?? 10_000,
  );

  // Messages between the cap and twice the cap get our named close code; beyond that ws itself closes (1009).
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes * 2, perMessageDeflate: false });
  /** Events sockets (pages without a document open still hear partnership and user events). */
  const listeners = new Set<Connection>();
  let closing = false;
  let connectionCount = 0;
  /** The connection hooks never break the socket they report on. */
  const report = (hook: ((c: ConnectionInfo) => void) | undefined, info: ConnectionInfo) => {
    try {
      hook?.(info);
    } catch (error) {
      log("collab: a connection hook failed", error);
    }
  };

  function* connections(): Generator<Connection> {
    for (const room of rooms.loaded()) yield* room.connections;
    yield* listeners;
  }

  function watch(conn: Connection, onMessage: (data: Uint8Array) => void, onClose: () => void): void {
    conn.ws.on("message", (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        conn.close(CloseCode.BadMessage, "binary messages only");
        return;
      }
      onMessage(toUint8Array(data));
    });
    conn.ws.on("close", () => {
      conn.closed = true;
      // A refusal (a cap, the rate limit, a malformed or refused update, a session ended) is worth a line: the
      // person behind it sees "no connection" and someone will ask why. Shutdown closes are expected.
      const why = conn.closedWith;
      if (why && why.code !== CloseCode.ServerShutdown) {
        log(`collab: closed a connection (${why.code} ${why.reason}; document ${conn.documentId ?? "events"}, user ${conn.userId})`);
      }
      onClose();
    });
    conn.ws.on("error", () => conn.close(CloseCode.BadMessage, "protocol error"));
    conn.ws.on("pong", () => {
      conn.alive = true;
    });
  }

  async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (closing) return refuseUpgrade(socket, 503, "The server is shutting down.");
    const decision = await decideUpgrade(req, access, options.isAllowedOrigin);
    if (!decision.ok) return refuseUpgrade(socket, decision.status, decision.reason);
    if (decision.documentId === null) {
      if (socket.destroyed || closing) return refuseUpgrade(socket, 503, "The server is shutting down.");
      wss.handleUpgrade(req, socket, head, (ws) => {
        const conn = new Connection(ws, decision.principal, null, null, maxRate);
        if ([...listeners].filter((l) => l.userId === conn.userId).length >= maxEventSockets) {
          conn.close(CloseCode.TooManyConnections, "too many event sockets");
          return;
        }
        listeners.add(conn);
        // An events socket only receives: anything sent on it is a protocol error.
        watch(conn, () => conn.close(CloseCode.BadMessage, "this socket only receives"), () => listeners.delete(conn));
      });
      return;
    }
    const { documentId, principal, grant } = decision;
    const room = await rooms.acquire(documentId);
    try {
      if (socket.destroyed || closing) return refuseUpgrade(socket, 503, "The server is shutting down.");
      // ws completes a valid upgrade synchronously (the callback runs before this returns); an invalid handshake
      // is answered by ws itself and the callback never runs, so nothing here waits for it.
      wss.handleUpgrade(req, socket, head, (ws) => {
        const conn = new Connection(ws, principal, grant, documentId, maxRate);
        const refusal = connectionRefusal(room.connections, conn, caps);
        if (refusal) {
          conn.close(refusal.code, refusal.reason);
          return;
        }
        rooms.cancelUnload(room);
        room.join(conn);
        const info: ConnectionInfo = { id: ++connectionCount, documentId, userId: conn.userId };
        report(options.onConnect, info);
        watch(
          conn,
          (data) => handleMessage(room, conn, data, limits),
          () => {
            room.leave(conn);
            rooms.scheduleUnload(room);
            report(options.onDisconnect, info);
          },
        );
      });
    } finally {
      rooms.release(room);
    }
  }

  // Sessions and rights of open connections are re-read every few seconds: revocations take effect live.
  let rechecking: Promise<void> | null = null;
  async function recheck(onlyUserId?: string): Promise<void> {
    const targets = [...connections()].filter((c) => !c.closed && (!onlyUserId || c.userId === onlyUserId));
    if (targets.length === 0) return;
    const answers = await probeAsync("recheck", () =>
      access.recheck(targets.map((c) => ({ principal: c.principal, documentId: c.documentId }))),
    );
    probeSync("recheck", () => targets.forEach((conn, i) => {
      const answer = answers[i];
      if (answer === "ended") return conn.close(CloseCode.Unauthorized, "session ended");
      conn.principal = answer.principal;
      if (conn.documentId === null) return;
      if (!answer.grant) return conn.close(CloseCode.Forbidden, "access withdrawn");
      conn.grant = answer.grant;
    }));
  }
  const recheckTimer = setInterval(() => {
    if (rechecking) return;
    rechecking = recheck()
      .catch((error: unknown) => log("collab: re-checking sessions failed", error))
      .finally(() => {
        rechecking = null;
      });
  }, options.recheckIntervalMs ?? 2000);
  recheckTimer.unref();

  // A peer that vanished without closing (network gone) is noticed by a missing pong and dropped.
  const keepAliveTimer = setInterval(() => {
    for (const conn of connections()) {
      if (!conn.alive) {
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      conn.ws.ping();
    }
  }, options.keepAliveMs ?? 30_000);
  keepAliveTimer.unref();

  /** The document must exist before the core loads a room for it (a room of nothing could never save). */
  async function requireDocument(documentId: string): Promise<void> {
    if (rooms.get(documentId)) return;
    if (!(await store.exists(documentId))) throw new Error(`No document ${documentId}`);
  }

  return {
    handleUpgrade(req, socket, head) {
      upgrade(req, socket, head).catch((error: unknown) => {
        log("collab: upgrade failed", error);
        refuseUpgrade(socket, 500, "The document could not be opened.");
      });
    },

    closeSessions(sessionIds) {
      const ids = new Set(sessionIds);
      for (const conn of connections()) if (ids.has(conn.sessionId)) conn.close(CloseCode.Unauthorized, "session ended");
    },

    recheckUser(userId) {
      recheck(userId).catch((error: unknown) => log("collab: re-checking a user failed", error));
    },

    async readDocument(documentId, read) {
      const room = await rooms.whenLoaded(documentId);
      if (room) return read(room.doc);
      await requireDocument(documentId);
      const doc = new Y.Doc();
      try {
        const { updates } = await store.load(documentId);
        if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
        return read(doc);
      } finally {
        doc.destroy();
      }
    },

    async changeDocument(documentId, userId, change) {
      await requireDocument(documentId);
      const room = await rooms.acquire(documentId);
      try {
        await room.change(change, userId);
      } finally {
        rooms.release(room);
      }
    },

    toDocument(documentId, event) {
      rooms.get(documentId)?.sendEvent(event);
    },

    toPartnership(audience, event) {
      for (const conn of listeners) if (access.mayReceive(conn.principal, audience)) sendEvent(conn, event);
    },

    toUser(userId, event) {
      for (const conn of listeners) if (conn.userId === userId) sendEvent(conn, event);
    },

    async close() {
      if (closing) return;
      closing = true;
      clearInterval(recheckTimer);
      clearInterval(keepAliveTimer);
      for (const conn of listeners) conn.close(CloseCode.ServerShutdown, "server shutting down");
      await rooms.close();
      await rechecking;
      wss.close();
    },
  };
}

/**
 * A standalone copy when the bytes share a pooled buffer: lib0's decoder builds views on `arr.buffer` without
 * checking the message's own length, so a lying length prefix would otherwise read neighbouring memory.
 */
function toUint8Array(data: RawData): Uint8Array {
  const bytes = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength) {
    return new Uint8Array(bytes.buffer, 0, bytes.byteLength);
  }
  return new Uint8Array(bytes);
}
