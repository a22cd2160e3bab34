/** The messages between db/pglite-remote.ts and its worker thread (db/pglite-worker.js). */

export interface WorkerInit {
  dataDir?: string;
  /** A data-dir dump to start from (bytes of the Blob). */
  loadDataDir?: ArrayBuffer;
}

/** Query options as they cross the thread boundary: parsers are identity functions for these type oids. */
export interface WireOptions {
  rowMode?: "array" | "object";
  rawOids?: number[];
}

export type Request =
  | { id: number; op: "query"; sql: string; params?: unknown[]; options?: WireOptions; txId?: number }
  | { id: number; op: "exec"; sql: string; options?: WireOptions; txId?: number }
  | { id: number; op: "begin" }
  | { id: number; op: "commit" | "rollback"; txId: number }
  | { id: number; op: "close" };

export type Reply = { id: number; result?: unknown; error?: { message: string; fields: Record<string, unknown> } };
