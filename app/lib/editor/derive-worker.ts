/** Worker thread of derive-offload.server.ts: derives a document (JSON/HTML/text) from its Yjs state. */
import { parentPort } from "node:worker_threads";
import * as Y from "yjs";
import { deriveDocument } from "./derive.server";

export interface DeriveRequest {
  id: number;
  state: Uint8Array;
  kind: string;
}

parentPort!.on("message", ({ id, state, kind }: DeriveRequest) => {
  const ydoc = new Y.Doc();
  try {
    Y.applyUpdate(ydoc, state);
    // What derivation logs goes back with the result: the main thread logs it where its logs go.
    const logs: [string, string][] = [];
    const derived = deriveDocument(ydoc, kind, {
      log: (message, error) => logs.push([message, error instanceof Error ? (error.stack ?? error.message) : String(error)]),
    });
    parentPort!.postMessage({ id, derived, logs });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  } finally {
    ydoc.destroy();
  }
});
