/**
 * Yjs work that grows with the document, off the event loop that carries every editor's keystrokes: folding a
 * document's compacted state and its log rows into a new state (compaction) runs in a worker thread once the
 * input is large; small inputs stay inline, where a worker round trip would cost more than the work.
 *
 * The worker is plain CommonJS evaluated from a string (no TypeScript loader needed in the thread) and requires
 * the same yjs the app uses, by absolute path. It is created on first use, unref'd, and replaced if it dies; if
 * it cannot run at all, the work is done inline.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import * as Y from "yjs";

/** Above this many input bytes the fold goes to the worker. */
export const OFFLOAD_BYTES = 32 * 1024;

const SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Y = require(workerData.yjs);
parentPort.on("message", ({ id, updates }) => {
  try {
    const doc = new Y.Doc({ gc: true });
    for (const update of updates) Y.applyUpdate(doc, update);
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    parentPort.postMessage({ id, state }, [state.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

type Waiter = { resolve: (state: Uint8Array) => void; reject: (error: Error) => void };
let worker: Worker | null = null;
let broken = false;
let nextId = 0;
/** Folds answered by the worker thread so far (tests check the thread really did the work). */
export let foldedInWorker = 0;
const waiting = new Map<number, Waiter>();

function failAll(error: Error): void {
  for (const w of waiting.values()) w.reject(error);
  waiting.clear();
}

function getWorker(): Worker | null {
  if (worker || broken) return worker;
  try {
    const yjs = createRequire(import.meta.url).resolve("yjs");
    const created = new Worker(SOURCE, { eval: true, workerData: { yjs } });
    created.unref();
    created.on("message", ({ id, state, error }: { id: number; state?: Uint8Array; error?: string }) => {
      const waiter = waiting.get(id);
      waiting.delete(id);
      if (waiting.size === 0) created.unref();
      if (!waiter) return;
      if (error !== undefined || !state) waiter.reject(new Error(`yjs worker: ${error ?? "no state"}`));
      else {
        foldedInWorker++;
        waiter.resolve(state);
      }
    });
    created.on("error", (error) => {
      if (worker === created) worker = null;
      failAll(error);
    });
    created.on("exit", () => {
      if (worker === created) worker = null;
      failAll(new Error("yjs worker exited"));
    });
    worker = created;
  } catch {
    broken = true;
  }
  return worker;
}

function foldInline(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The state of a document made of these updates, garbage-collected (what compaction stores). */
export function foldUpdates(updates: readonly Uint8Array[], options: { offloadBytes?: number } = {}): Promise<Uint8Array> {
  const bytes = updates.reduce((n, u) => n + u.byteLength, 0);
  const target = bytes >= (options.offloadBytes ?? OFFLOAD_BYTES) ? getWorker() : null;
  if (!target) return Promise.resolve(foldInline(updates));
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    // Referenced while it owes an answer (a script awaiting compaction must not exit), unref'd when idle.
    target.ref();
    // Copies (structured clone): the caller's buffers may be views into pooled memory.
    target.postMessage({ id, updates });
  }).catch(() => foldInline(updates));
}
