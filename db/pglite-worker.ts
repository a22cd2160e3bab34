/**
 * The worker thread that runs a file-backed PGlite with WSP_PGLITE_WORKER=1 (db/pglite-remote.ts is the
 * other end): the WASM Postgres executes here, so a slow statement, a checkpoint or a file-system sync never holds the main thread's
 * event loop. It uses PGlite's own API for everything — `query`, `exec`, `transaction` — so locking and
 * transaction semantics are PGlite's: a transaction the main thread opens stays open here until it says commit or
 * rollback, and PGlite queues every other statement meanwhile exactly as it does in-process.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { pgliteExtensions } from "./pglite-extensions";

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

const port = parentPort!;
const init = workerData as WorkerInit;
const identity = (value: unknown) => value;

interface OpenTx {
  tx: Transaction;
  finish: (outcome: "commit" | "rollback") => void;
  done: Promise<void>;
}
const open = new Map<number, OpenTx>();

const ready = PGlite.create({
  dataDir: init.dataDir,
  loadDataDir: init.loadDataDir ? new Blob([init.loadDataDir]) : undefined,
  extensions: pgliteExtensions,
});

function options(wire: WireOptions | undefined) {
  if (!wire) return undefined;
  return {
    rowMode: wire.rowMode,
    parsers: wire.rawOids ? Object.fromEntries(wire.rawOids.map((oid) => [oid, identity])) : undefined,
  };
}

function target(pg: PGlite, txId: number | undefined): PGlite | Transaction {
  if (txId === undefined) return pg;
  const entry = open.get(txId);
  if (!entry) throw new Error(`no open transaction ${txId}`);
  return entry.tx;
}

/** Opens a PGlite transaction and keeps it open until `finish` is called; resolves once it has begun. */
function begin(pg: PGlite, txId: number): Promise<void> {
  return new Promise<void>((started, failed) => {
    let finish!: OpenTx["finish"];
    const decided = new Promise<"commit" | "rollback">((resolve) => (finish = resolve));
    let begun = false;
    const done = pg
      .transaction(async (tx) => {
        open.set(txId, { tx, finish, done });
        begun = true;
        started();
        if ((await decided) === "rollback") await tx.rollback();
      })
      .then(() => undefined);
    done.catch((error: unknown) => {
      if (!begun) failed(error);
    });
  });
}

async function handle(request: Request, pg: PGlite): Promise<unknown> {
  switch (request.op) {
    case "query":
      return target(pg, request.txId).query(request.sql, request.params, options(request.options));
    case "exec":
      return target(pg, request.txId).exec(request.sql, options(request.options));
    case "begin":
      await begin(pg, request.id);
      return request.id;
    case "commit":
    case "rollback": {
      const entry = open.get(request.txId);
      if (!entry) throw new Error(`no open transaction ${request.txId}`);
      open.delete(request.txId);
      entry.finish(request.op);
      if (request.op === "commit") await entry.done;
      else await entry.done.catch(() => {});
      return null;
    }
    case "close":
      await pg.close();
      return null;
  }
}

function describe(error: unknown): NonNullable<Reply["error"]> {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  const fields: Record<string, unknown> = { name: error.name };
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) fields[key] = value;
  }
  return { message: error.message, fields };
}

port.on("message", (request: Request) => {
  ready
    .then((pg) => handle(request, pg))
    .then(
      (result) => port.postMessage({ id: request.id, result } satisfies Reply),
      (error: unknown) => port.postMessage({ id: request.id, error: describe(error) } satisfies Reply),
    );
});
