/** One update to append to a document's log, with the user who made it (null: the server itself). */
export interface PendingUpdate {
  update: Uint8Array;
  userId: string | null;
}

/**
 * What the collaboration core needs from storage, injected like Hocuspocus's persistence extension, so the core
 * can be tested on its own. The app's adapter (PostgreSQL / PGlite) is `createDbStore` in
 * app/lib/documents/store.server.ts.
 */
export interface DocumentStore {
  /** Whether the document exists (the core edits or reads only documents that do). */
  exists(documentId: string): Promise<boolean>;
  /** The document's updates: the compacted state first, then the later log rows, in log order. */
  load(documentId: string): Promise<{ updates: Uint8Array[]; logRows: number }>;
  /** Appends a batch to the log (in arrival order, each update with its author). Throws on failure. */
  append(documentId: string, batch: readonly PendingUpdate[]): Promise<void>;
  /** Folds the log into the compacted state; returns how many log rows were folded in. */
  compact(documentId: string): Promise<number>;
}
