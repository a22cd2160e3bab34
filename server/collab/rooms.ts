import { CloseCode } from "../../app/lib/collab-protocol";
import { Room, type RoomOptions } from "./room";

/**
 * The loaded documents: one room per document, loaded once however many sockets ask at the same time, kept
 * while anyone uses it and unloaded some seconds after the last one left — never while updates are unsaved.
 */
export class Rooms {
  private readonly pending = new Map<string, Promise<Room>>();
  /** Rooms whose load has finished (synchronous access for broadcasts and re-checks). */
  private readonly ready = new Map<string, Room>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly options: RoomOptions,
    private readonly unloadAfterMs: number,
  ) {}

  /** The loaded room of a document, pinned (the caller releases it); loads it if needed. */
  async acquire(documentId: string): Promise<Room> {
    for (;;) {
      let pending = this.pending.get(documentId);
      if (!pending) {
        pending = Room.load(documentId, this.options);
        this.pending.set(documentId, pending);
        const mine = pending;
        pending.then(
          (room) => this.ready.set(documentId, room),
          () => {
            if (this.pending.get(documentId) === mine) this.pending.delete(documentId);
          },
        );
      }
      const room = await pending;
      // Unloaded while we waited: load it again.
      if (room.destroyed) continue;
      room.pins++;
      return room;
    }
  }

  release(room: Room): void {
    room.pins--;
    this.scheduleUnload(room);
  }

  get(documentId: string): Room | undefined {
    return this.ready.get(documentId);
  }

  /** The room if it is loaded or loading (waiting for the load, never for commits); null otherwise. */
  async whenLoaded(documentId: string): Promise<Room | null> {
    const pending = this.pending.get(documentId);
    const room = pending ? await pending.catch(() => null) : null;
    return room && !room.destroyed ? room : null;
  }

  loaded(): Room[] {
    return [...this.ready.values()];
  }

  cancelUnload(room: Room): void {
    const timer = this.unloadTimers.get(room.documentId);
    if (!timer) return;
    clearTimeout(timer);
    this.unloadTimers.delete(room.documentId);
  }

  scheduleUnload(room: Room): void {
    if (!room.idle || this.unloadTimers.has(room.documentId)) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.documentId);
      void this.unload(room);
    }, this.unloadAfterMs);
    timer.unref();
    this.unloadTimers.set(room.documentId, timer);
  }

  private async unload(room: Room): Promise<void> {
    if (!room.idle) return;
    // Never drop a document with unsaved updates: flush waits (retrying) until everything is committed.
    await room.flush();
    if (!room.idle || room.queue.unsaved) return this.scheduleUnload(room);
    this.pending.delete(room.documentId);
    this.ready.delete(room.documentId);
    room.destroy();
  }

  /** Drains every room (connected authors still get their acknowledgements), then says goodbye and drops them. */
  async close(): Promise<void> {
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    const all = await Promise.allSettled([...this.pending.values()]);
    const open = all.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    await Promise.all(open.map((room) => room.flush().catch((error: unknown) => this.options.log("collab: flush on close failed", error))));
    for (const room of open) {
      for (const conn of room.connections) conn.close(CloseCode.ServerShutdown, "server shutting down");
    }
    await Promise.all(open.map((room) => room.queue.drain()));
    for (const room of open) room.destroy();
    this.pending.clear();
    this.ready.clear();
  }
}
