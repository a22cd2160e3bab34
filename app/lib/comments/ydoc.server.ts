import { asc, eq, gt, and } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "../../../db/client";
import { documentStates, documentUpdates } from "../../../db/schema";

/**
 * The document as the database holds it now: the compacted state plus every later row of the update log.
 * Read-only use (resolving comment anchors); the collaboration server owns writing.
 */
export async function loadDocumentYDoc(db: Db, documentId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const [state] = await db.select().from(documentStates).where(eq(documentStates.documentId, documentId));
  if (state) applySafely(doc, state.state);
  const rows = await db
    .select({ update: documentUpdates.update })
    .from(documentUpdates)
    .where(
      state
        ? and(eq(documentUpdates.documentId, documentId), gt(documentUpdates.id, state.lastUpdateId))
        : eq(documentUpdates.documentId, documentId),
    )
    .orderBy(asc(documentUpdates.id));
  for (const row of rows) applySafely(doc, row.update);
  return doc;
}

function applySafely(doc: Y.Doc, update: Uint8Array) {
  try {
    Y.parseUpdateMeta(update);
    Y.applyUpdate(doc, update);
  } catch {
    // A row the collaboration server would have refused: skip it rather than fail the listing.
  }
}
