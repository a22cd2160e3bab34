/**
 * Derivation (JSON/HTML/text of a document, derive.server.ts) off the event loop that carries every editor's
 * keystrokes: a document of more than OFFLOAD_BYTES of Yjs state is derived in a worker thread (its state is
 * encoded here, a copy goes to the thread), a small one inline. If the thread cannot run, everything is inline.
 */
import type { Worker } from "node:worker_threads";
import * as Y from "yjs";
import { probeSync } from "../../../server/collab/probes";
import { typeScriptWorker } from "../../../server/ts-worker";
import { deriveDocument, type DerivedDocument } from "./derive.server";

export const OFFLOAD_BYTES = 16 * 1024;

type Waiter = { resolve: (derived: DerivedDocument) => void; reject: (error: Error) => void };
let worker: Worker | null = null;
let broken = false;
let nextId = 0;
const waiting = new Map<number, Waiter>();
/** Derivations answered by the worker thread (tests check the thread did the work). */
export let derivedInWorker = 0;

function getWorker(): Worker | null {
  if (worker || broken) return worker;
  try {
    const created = typeScriptWorker(new URL("./derive-worker.ts", import.meta.url), null);
    created.unref();
    type Answer = { id: number; derived?: DerivedDocument; logs?: [string, string][]; error?: string };
    created.on("message", ({ id, derived, logs, error }: Answer) => {
      for (const [message, detail] of logs ?? []) console.error(message, detail);
      const waiter = waiting.get(id);
      waiting.delete(id);
      if (waiting.size === 0) created.unref();
      if (!waiter) return;
      if (error !== undefined || !derived) return waiter.reject(new Error(`derive worker: ${error ?? "no result"}`));
      derivedInWorker++;
      waiter.resolve(derived);
    });
    const fail = (error: Error) => {
      if (worker === created) worker = null;
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    };
    created.on("error", fail);
    created.on("exit", () => fail(new Error("derive worker exited")));
    worker = created;
  } catch {
    broken = true;
  }
  return worker;
}

/** The document as it is now: its Yjs state and what derives from it (the same moment, for a version). */
export interface DerivedSnapshot {
  state: Uint8Array;
  derived: DerivedDocument;
}

/** deriveDocument of the document as it is now, in the worker thread when the document is large. */
export async function deriveSnapshot(ydoc: Y.Doc, kind: string, options: { offloadBytes?: number } = {}): Promise<DerivedSnapshot> {
  const state = Y.encodeStateAsUpdate(ydoc);
  const target = state.byteLength >= (options.offloadBytes ?? OFFLOAD_BYTES) ? getWorker() : null;
  if (!target) return { state, derived: probeSync("derivation", () => deriveDocument(ydoc, kind)) };
  const id = nextId++;
  const derived = await new Promise<DerivedDocument>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    // Referenced while it owes an answer, unref'd when idle; the state is copied (kept here for a version).
    target.ref();
    target.postMessage({ id, state, kind });
  }).catch(() => {
    // The thread failed: derive the same snapshot inline.
    const copy = new Y.Doc();
    try {
      Y.applyUpdate(copy, state);
      return deriveDocument(copy, kind);
    } finally {
      copy.destroy();
    }
  });
  return { state, derived };
}
