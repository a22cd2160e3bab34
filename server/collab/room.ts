import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { CloseCode, MessageType, type CollabEvent } from "../../app/lib/collab-protocol";
import { CommitQueue } from "./commit-queue";
import { Connection } from "./connection";
import { eventMessage, frame } from "./messages";
import { rewriteAwarenessUpdate } from "./presence";
import { probeAsync, probeSync } from "./probes";
import type { DocumentStore } from "./store";

export interface RoomOptions {
  store: DocumentStore;
  /** Called once edits have stopped for `settleMs` (derive HTML/text, automatic versions …). */
  onSettled?: (documentId: string, doc: Y.Doc) => void | Promise<void>;
  settleMs: number;
  /**
   * Compact once this many updates are in the log beyond the state row, at the next quiet moment (edits settled);
   * while editing never pauses, at ten times as many. Compaction folds the whole document (in a worker thread for a
   * large one): CPU taken from delivering keystrokes on a small machine, so it waits for a pause when it can.
   */
  compactAfterUpdates: number;
  /** A reason to refuse a client's update before it is applied (the editor schema), or null. */
  checkUpdate?: (doc: Y.Doc, update: Uint8Array) => string | null;
  log: (message: string, error?: unknown) => void;
}

/** A tab has one awareness client id; a reload or a few docs per socket stay far below this. */
const MAX_AWARENESS_IDS_PER_CONNECTION = 16;

/** The origin of an edit the server makes on someone's behalf (a version restore …): stored with its author. */
export class ServerEdit {
  constructor(readonly userId: string | null) {}
}

/**
 * One loaded document: its Y.Doc, presence and connections, and the commit queue that makes every applied
 * update durable before its author is acknowledged. Other peers get each update at once, before the commit.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  readonly queue: CommitQueue;
  /** Upgrades in progress that will join; a pinned room is not unloaded. */
  pins = 0;
  /** Updates in the log beyond the compacted state (approximate: merged rows count once each here). */
  private uncompacted: number;
  private compacting: Promise<void> | null = null;
  private settleTimer: NodeJS.Timeout | null = null;
  private readonly claimedIds = new Map<number, Connection>();

  private constructor(
    readonly documentId: string,
    private readonly options: RoomOptions,
    logRows: number,
  ) {
    this.uncompacted = logRows;
    this.awareness.setLocalState(null);
    this.queue = new CommitQueue({
      write: (batch) => probeAsync("commit", () => options.store.append(documentId, batch)),
      onCommitted: (seq) => {
        for (const conn of this.connections) conn.settleAcks(seq);
        if (this.uncompacted >= options.compactAfterUpdates * 10) void this.compact();
      },
      onError: (error, attempt) =>
        options.log(`collab: saving document ${documentId} failed (attempt ${attempt}); retrying`, error),
    });
    this.doc.on("update", (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin));
    this.awareness.on("update", ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = added.concat(updated, removed);
      const message = frame(MessageType.Awareness, (e) =>
        encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)),
      );
      for (const conn of this.connections) if (conn !== origin) conn.send(message);
    });
  }

  static async load(documentId: string, options: RoomOptions): Promise<Room> {
    const { updates, logRows } = await probeAsync("load", () => options.store.load(documentId));
    const room = new Room(documentId, options, logRows);
    // Applied before anything listens for changes worth saving: loading is not an edit.
    room.loading = true;
    try {
      probeSync("load", () => {
        for (const update of updates) Y.applyUpdate(room.doc, update);
      });
    } finally {
      room.loading = false;
    }
    return room;
  }

  private loading = false;

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    if (this.loading) return;
    const message = frame(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, update));
    for (const conn of this.connections) if (conn !== origin) conn.send(message);
    const userId = origin instanceof Connection || origin instanceof ServerEdit ? origin.userId : null;
    this.queue.push({ update, userId });
    this.uncompacted++;
    this.scheduleSettle();
  }

  join(conn: Connection): void {
    this.connections.add(conn);
    conn.send(frame(MessageType.Sync, (e) => syncProtocol.writeSyncStep1(e, this.doc)));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) {
      conn.send(
        frame(MessageType.Awareness, (e) =>
          encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)),
        ),
      );
    }
  }

  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    const ids = [...conn.awarenessIds].filter((id) => this.claimedIds.get(id) === conn);
    for (const id of ids) this.claimedIds.delete(id);
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, conn);
  }

  /** Sync step 1 from a client: answer with what it lacks. */
  answerStateVector(conn: Connection, stateVector: Uint8Array): void {
    conn.send(frame(MessageType.Sync, (e) => syncProtocol.writeSyncStep2(e, this.doc, stateVector)));
  }

  /**
   * Sync step 2 or update from a client. Read-only connections' updates are dropped. Every update is checked
   * cheaply (`parseUpdateMeta` walks the structs lazily, so a few bytes claiming millions of structs fail fast)
   * and then applied inside try/catch; a bad one closes only its sender.
   */
  receiveUpdate(conn: Connection, update: Uint8Array): void {
    probeSync("delivery", () => this.applyFrom(conn, update));
  }

  private applyFrom(conn: Connection, update: Uint8Array): void {
    if (conn.level === "edit") {
      try {
        const { from } = Y.parseUpdateMeta(update);
        if (this.arrivesEarly(from)) {
          // Its sender's earlier edits are missing (sent later, e.g. typed while connecting): neither applicable
          // nor checkable now. The client reconnects and its step 2 brings everything in order; nothing was acked.
          conn.close(CloseCode.Resync, "the update follows edits not received yet: sync again");
          return;
        }
        const refused = this.options.checkUpdate?.(this.doc, update) ?? null;
        if (refused !== null) {
          // Valid Yjs, invalid for the editor: never applied, sent on or stored.
          conn.close(CloseCode.BadMessage, refused.slice(0, 120));
          return;
        }
        Y.applyUpdate(this.doc, update, conn);
      } catch {
        conn.close(CloseCode.BadMessage, "malformed update");
        return;
      }
      // Parts waiting for missing dependencies are not in the doc's update event: store the update as received
      // too (updates are idempotent), so nothing acknowledged exists only in memory.
      if (this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null) {
        this.queue.push({ update, userId: conn.userId });
      }
    }
    // The apply pushed the update (if it changed anything) into the queue synchronously: the message is
    // durable once everything enqueued so far is committed.
    conn.owe(this.queue.enqueuedSeq, this.queue.committedSeq);
  }

  /** Whether an update starts beyond what the document has of one of its clients (a gap: its parts would wait). */
  private arrivesEarly(from: Map<number, number>): boolean {
    for (const [client, clock] of from) if (clock > Y.getState(this.doc.store, client)) return true;
    return false;
  }

  receiveAwareness(conn: Connection, update: Uint8Array): void {
    let rewritten: { update: Uint8Array; clientIds: number[] };
    try {
      rewritten = rewriteAwarenessUpdate(update, conn.grant?.presence ?? {}, (id) => {
        const owner = this.claimedIds.get(id);
        return owner === undefined || owner === conn;
      });
    } catch {
      conn.close(CloseCode.BadMessage, "malformed awareness update");
      return;
    }
    for (const id of rewritten.clientIds) {
      if (!conn.awarenessIds.has(id) && conn.awarenessIds.size >= MAX_AWARENESS_IDS_PER_CONNECTION) {
        conn.close(CloseCode.BadMessage, "too many awareness client ids");
        return;
      }
      this.claimedIds.set(id, conn);
      conn.awarenessIds.add(id);
    }
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, rewritten.update, conn);
    } catch {
      conn.close(CloseCode.BadMessage, "malformed awareness update");
    }
  }

  answerAwarenessQuery(conn: Connection): void {
    const states = [...this.awareness.getStates().keys()];
    conn.send(
      frame(MessageType.Awareness, (e) =>
        encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)),
      ),
    );
  }

  sendEvent(event: CollabEvent): void {
    const message = eventMessage(event);
    for (const conn of this.connections) conn.send(message);
  }

  /**
   * A change the server makes on `userId`'s behalf (e.g. restoring a version): broadcast at once, stored with
   * its author like any edit; resolves once it is durable.
   */
  async change(fn: (doc: Y.Doc) => void, userId: string | null): Promise<void> {
    this.doc.transact(() => fn(this.doc), new ServerEdit(userId));
    await this.queue.drain();
  }

  get idle(): boolean {
    return this.connections.size === 0 && this.pins === 0;
  }

  private scheduleSettle(): void {
    // Every keystroke pushes the deadline back: refresh() re-arms the same timer instead of making a new one.
    if (this.settleTimer) {
      this.settleTimer.refresh();
      return;
    }
    this.settleTimer = setTimeout(() => void this.settle(), this.options.settleMs);
    this.settleTimer.unref();
  }

  /** Runs the settled hook now if edits are waiting for it. */
  async settle(): Promise<void> {
    if (!this.settleTimer) return;
    clearTimeout(this.settleTimer);
    this.settleTimer = null;
    const due = this.uncompacted >= this.options.compactAfterUpdates;
    if (due || (this.uncompacted > 0 && this.connections.size === 0)) void this.compact();
    if (!this.options.onSettled) return;
    try {
      const onSettled = this.options.onSettled;
      await probeAsync("derivation", async () => onSettled(this.documentId, this.doc));
    } catch (error) {
      this.options.log(`collab: the settled hook failed for document ${this.documentId}`, error);
    }
  }

  /** Folds the log into the state row, off the hot path; one at a time per document. */
  compact(): Promise<void> {
    if (this.compacting) return this.compacting;
    const before = this.uncompacted;
    this.compacting = probeAsync("compaction", () => this.options.store.compact(this.documentId))
      .then(() => {
        this.uncompacted = Math.max(0, this.uncompacted - before);
      })
      .catch((error: unknown) => this.options.log(`collab: compacting document ${this.documentId} failed`, error))
      .finally(() => {
        this.compacting = null;
      });
    return this.compacting;
  }

  /** Saves everything, runs a pending settled hook, compacts; the caller then drops the room. */
  async flush(): Promise<void> {
    await this.queue.drain();
    await this.settle();
    if (this.uncompacted > 0 || this.compacting) await this.compact();
  }

  destroyed = false;

  destroy(): void {
    this.destroyed = true;
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
