// @ts-check
/**
 * The worker thread that runs a file-backed PGlite (the default; WSP_PGLITE_WORKER=0 keeps it in-process; db/pglite-remote.ts is the
 * other end): the WASM Postgres executes here, so a slow statement, a checkpoint or a file-system sync never holds the main thread's
 * event loop. It uses PGlite's own API for everything — `query`, `exec`, `transaction` — so locking and
 * transaction semantics are PGlite's: a transaction the main thread opens stays open here until it says commit or
 * rollback, and PGlite queues every other statement meanwhile exactly as it does in-process.
 *
 * Plain JavaScript (type-checked through JSDoc, the message types in db/pglite-wire.ts) so the thread starts
 * without a TypeScript loader: that saved half a second of every start-up.
 */
/* global Blob */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "./pglite-extensions.js";

/** @typedef {import("./pglite-wire").WorkerInit} WorkerInit */
/** @typedef {import("./pglite-wire").WireOptions} WireOptions */
/** @typedef {import("./pglite-wire").Request} Request */
/** @typedef {import("./pglite-wire").Reply} Reply */
/** @typedef {import("@electric-sql/pglite").Transaction} Transaction */
/** @typedef {{ tx: Transaction; finish: (outcome: "commit" | "rollback") => void; done: Promise<void> }} OpenTx */

const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);
const init = /** @type {WorkerInit} */ (workerData);
/** @param {unknown} value */
const identity = (value) => value;

/** @type {Map<number, OpenTx>} */
const open = new Map();

const ready = PGlite.create({
  dataDir: init.dataDir,
  loadDataDir: init.loadDataDir ? new Blob([init.loadDataDir]) : undefined,
  extensions: pgliteExtensions,
});

/** @param {WireOptions | undefined} wire */
function options(wire) {
  if (!wire) return undefined;
  return {
    rowMode: wire.rowMode,
    parsers: wire.rawOids ? Object.fromEntries(wire.rawOids.map((oid) => [oid, identity])) : undefined,
  };
}

/**
 * @param {PGlite} pg
 * @param {number | undefined} txId
 * @returns {PGlite | Transaction}
 */
function target(pg, txId) {
  if (txId === undefined) return pg;
  const entry = open.get(txId);
  if (!entry) throw new Error(`no open transaction ${txId}`);
  return entry.tx;
}

/**
 * Opens a PGlite transaction and keeps it open until `finish` is called; resolves once it has begun.
 * @param {PGlite} pg
 * @param {number} txId
 * @returns {Promise<void>}
 */
function begin(pg, txId) {
  return new Promise((started, failed) => {
    /** @type {OpenTx["finish"]} */
    let finish = () => {};
    /** @type {Promise<"commit" | "rollback">} */
    const decided = new Promise((resolve) => (finish = resolve));
    let begun = false;
    const done = pg
      .transaction(async (tx) => {
        open.set(txId, { tx, finish, done });
        begun = true;
        started();
        if ((await decided) === "rollback") await tx.rollback();
      })
      .then(() => undefined);
    done.catch((/** @type {unknown} */ error) => {
      if (!begun) failed(error);
    });
  });
}

/**
 * @param {Request} request
 * @param {PGlite} pg
 * @returns {Promise<unknown>}
 */
async function handle(request, pg) {
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

/**
 * @param {unknown} error
 * @returns {NonNullable<Reply["error"]>}
 */
function describe(error) {
  if (!(error instanceof Error)) return { message: String(error), fields: {} };
  /** @type {Record<string, unknown>} */
  const fields = { name: error.name };
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) fields[key] = value;
  }
  return { message: error.message, fields };
}

port.on("message", (/** @type {Request} */ request) => {
  ready
    .then((pg) => handle(request, pg))
    .then(
      (result) => port.postMessage(/** @type {Reply} */ ({ id: request.id, result })),
      (/** @type {unknown} */ error) => port.postMessage(/** @type {Reply} */ ({ id: request.id, error: describe(error) })),
    );
});
