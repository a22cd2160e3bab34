import type * as Y from "yjs";
import type { Database } from "../../../db/client";
import { deriveSnapshot } from "../editor/derive-offload.server";
import { loadDocument } from "./documents.server";
import { AUTO_VERSION_INTERVAL_MS, onDocumentSettled } from "./versions.server";

/**
 * The collaboration server's `onDocumentSettled` hook: after edits to a document stop, store its derived
 * JSON/HTML/text and, after a long enough pause since the last version, an automatic version.
 */
export function documentSettledHandler(
  database: Database,
  options: { intervalMs?: number; log?: (message: string, error?: unknown) => void } = {},
) {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ""));
  return async (documentId: string, ydoc: Y.Doc): Promise<void> => {
    try {
      const found = await loadDocument(database.db, documentId);
      if (!found) return;
      // Derived off the event loop for large documents (a worker thread), from one snapshot of the document.
      const snapshot = await deriveSnapshot(ydoc, found.document.kind);
      await onDocumentSettled(database.db, found.document, ydoc, {
        intervalMs: options.intervalMs ?? AUTO_VERSION_INTERVAL_MS,
        snapshot,
      });
    } catch (error) {
      log(`derivation of document ${documentId} failed`, error);
    }
  };
}
