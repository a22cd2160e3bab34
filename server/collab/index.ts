import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData } from "ws";
import type * as Y from "yjs";
import type { Database } from "../../db/client";
import type { CollabHandle } from "../../app/load-context";
import { CloseCode } from "../../app/lib/collab-protocol";
import type { DocumentResource } from "../../app/lib/policy";
import { accessLevel, createDbAccess, type CollabAccess } from "./access";
import { Connection } from "./connection";
import { handleMessage } from "./messages";
import { Room } from "./room";
import { createDbStore, type DocumentStore } from "./store";
import { decideUpgrade, refuseUpgrade } from "./upgrade";

export interface CollabServerOptions {
  database: Database;
  /** Origins a browser may open the websocket from. Requests without an Origin (non-browser clients) are allowed. */
  isAllowedOrigin(origin: string, req: IncomingMessage): boolean;
  /** Authentication and policy (default: sessions and memberships in `database`). */
  access?: CollabAccess;
  /** Persistence (default: document_updates / document_states in `database`). */
  store?: DocumentStore;
  /** Cap on one message (sync); default 8 MB. */
  maxMessageBytes?: number;
  /** Cap on one awareness update; default 64 KB. */
  maxAwarenessBytes?: number;
  maxConnectionsPerDocument?: number;
  maxMessagesPerSecond?: number;
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

export interface CollabServer extends CollabHandle {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Stop accepting, flush every pending write, close every connection. */
  close(): Promise<void>;
}

export function createCollabServer(options: CollabServerOptions): CollabServer {
  const access = options.access ?? createDbAccess(options.database);
  const store = options.store ?? createDbStore(options.database);
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ""));
  const limits = {
    maxMessageBytes: options.maxMessageBytes ?? 8 * 1024 * 1024,
    maxAwarenessBytes: options.maxAwarenessBytes ?? 64 * 1024,
  };
  const maxConnections = options.maxConnectionsPerDocument ?? 500;
  const maxRate = options.maxMessagesPerSecond ?? 200;
  const unloadAfterMs = options.unloadAfterMs ?? 10_000;
  const roomOptions = {
    store,
    onSettled: options.onDocumentSettled,
    settleMs: options.settleMs ?? 1500,
    compactAfterUpdates: options.compactAfterUpdates ?? 500,
    log,
  };

  // Messages between the cap and twice the cap get our named close code; beyond that ws itself closes (1009).
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes * 2, perMessageDeflate: false });
  const rooms = new Map<string, Promise<Room>>();
  const unloadTimers = new Map<string, NodeJS.Timeout>();
  let closing = false;

  /** The loaded room of a document, pinned (the caller unpins); loads it if needed. */
  async function acquireRoom(documentId: string, resource: DocumentResource): Promise<Room> {
    for (;;) {
      let pending = rooms.get(documentId);
      if (!pending) {
        pending = Room.load(documentId, resource, roomOptions);
        rooms.set(documentId, pending);
        const mine = pending;
        pending.then(
          (room) => loaded.set(documentId, room),
          () => {
            if (rooms.get(documentId) === mine) rooms.delete(documentId);
          },
        );
      }
      const room = await pending;
      // Unloaded while we waited: load it again.
      if (room.destroyed) continue;
      room.pins++;
      room.resource = resource;
      return room;
    }
  }

  function loadedRooms(): Room[] {
    return [...loaded.values()];
  }
  /** Rooms whose load has finished (synchronous access for broadcasts and re-checks). */
  const loaded = new Map<string, Room>();

  function scheduleUnload(room: Room): void {
    if (!room.idle || unloadTimers.has(room.documentId)) return;
    const timer = setTimeout(() => {
      unloadTimers.delete(room.documentId);
      void unload(room);
    }, unloadAfterMs);
    timer.unref();
    unloadTimers.set(room.documentId, timer);
  }

  async function unload(room: Room): Promise<void> {
    if (!room.idle) return;
    // Never drop a document with unsaved updates: flush waits (retrying) until everything is committed.
    await room.flush();
    if (!room.idle || room.queue.unsaved) return scheduleUnload(room);
    rooms.delete(room.documentId);
    loaded.delete(room.documentId);
    room.destroy();
  }

  function attach(room: Room, conn: Connection): void {
    const timer = unloadTimers.get(room.documentId);
    if (timer) {
      clearTimeout(timer);
      unloadTimers.delete(room.documentId);
    }
    room.join(conn);
    conn.ws.on("message", (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        conn.close(CloseCode.BadMessage, "binary messages only");
        return;
      }
      handleMessage(room, conn, toUint8Array(data), limits);
    });
    conn.ws.on("close", () => {
      conn.closed = true;
      room.leave(conn);
      scheduleUnload(room);
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
    const room = await acquireRoom(decision.documentId, decision.resource);
    try {
      if (socket.destroyed || closing) return refuseUpgrade(socket, 503, "The server is shutting down.");
      // ws completes a valid upgrade synchronously (the callback runs before this returns); an invalid handshake
      // is answered by ws itself and the callback never runs, so nothing here waits for it.
      wss.handleUpgrade(req, socket, head, (ws) => {
        const conn = new Connection(ws, decision.principal, decision.level, maxRate);
        if (room.connections.size >= maxConnections) {
          conn.close(CloseCode.TooManyConnections, "too many connections to this document");
        } else {
          attach(room, conn);
        }
      });
    } finally {
      room.pins--;
      scheduleUnload(room);
    }
  }

  // Sessions and rights of open connections are re-read every few seconds: revocations take effect live.
  let rechecking: Promise<void> | null = null;
  async function recheck(onlyUserId?: string): Promise<void> {
    const targets: { room: Room; conn: Connection }[] = [];
    for (const room of loadedRooms()) {
      for (const conn of room.connections) {
        if (!conn.closed && (!onlyUserId || conn.userId === onlyUserId)) targets.push({ room, conn });
      }
    }
    if (targets.length === 0) return;
    const sessionIds = [...new Set(targets.map((t) => t.conn.sessionId))];
    const userIds = [...new Set(targets.map((t) => t.conn.userId))];
    const { live, actors } = await access.refresh(sessionIds, userIds);
    // The partnership's editing-rights setting may have changed: re-read what the policy knows of each document.
    for (const room of new Set(targets.map((t) => t.room))) {
      const fresh = await access.findDocument(room.documentId);
      if (fresh) room.resource = fresh;
    }
    for (const { room, conn } of targets) {
      if (!live.has(conn.sessionId)) {
        conn.close(CloseCode.Unauthorized, "session ended");
        continue;
      }
      const actor = actors.get(conn.userId) ?? null;
      const level = accessLevel(actor, room.resource);
      if (level === "none") {
        conn.close(CloseCode.Forbidden, "access withdrawn");
        continue;
      }
      conn.level = level;
      if (actor) conn.principal = { ...conn.principal, actor };
    }
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
    for (const room of loadedRooms()) {
      for (const conn of room.connections) {
        if (!conn.alive) {
          conn.ws.terminate();
          continue;
        }
        conn.alive = false;
        conn.ws.ping();
      }
    }
  }, options.keepAliveMs ?? 30_000);
  keepAliveTimer.unref();

  return {
    handleUpgrade(req, socket, head) {
      upgrade(req, socket, head).catch((error: unknown) => {
        log("collab: upgrade failed", error);
        refuseUpgrade(socket, 500, "The document could not be opened.");
      });
    },

    closeSessions(sessionIds) {
      const ids = new Set(sessionIds);
      for (const room of loadedRooms()) {
        for (const conn of room.connections) if (ids.has(conn.sessionId)) conn.close(CloseCode.Unauthorized, "session ended");
      }
    },

    recheckUser(userId) {
      recheck(userId).catch((error: unknown) => log("collab: re-checking a user failed", error));
    },

    broadcastEvent(documentId, event) {
      loaded.get(documentId)?.sendEvent(event);
    },

    async changeDocument(documentId, fn) {
      const resource = await access.findDocument(documentId);
      if (!resource) throw new Error(`No document ${documentId}`);
      const room = await acquireRoom(documentId, resource);
      try {
        await room.change(fn);
      } finally {
        room.pins--;
        scheduleUnload(room);
      }
    },

    async close() {
      if (closing) return;
      closing = true;
      clearInterval(recheckTimer);
      clearInterval(keepAliveTimer);
      for (const timer of unloadTimers.values()) clearTimeout(timer);
      unloadTimers.clear();
      const all = await Promise.allSettled([...rooms.values()]);
      const open = all.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
      // Drain first, so connected authors still get their acknowledgements; then say goodbye.
      await Promise.all(open.map((room) => room.flush().catch((error: unknown) => log("collab: flush on close failed", error))));
      for (const room of open) {
        for (const conn of room.connections) conn.close(CloseCode.ServerShutdown, "server shutting down");
      }
      await Promise.all(open.map((room) => room.queue.drain()));
      for (const room of open) room.destroy();
      rooms.clear();
      loaded.clear();
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
