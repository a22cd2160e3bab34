import type { AppLoadContext } from "@remix-run/node";
import * as Y from "yjs";
import { collabDocuments, type LiveDocuments } from "./versions.server";

/** Restores go through the collaboration server's live room: everyone connected sees them at once. */
export function liveDocuments(context: AppLoadContext): LiveDocuments {
  return collabDocuments(context.collab);
}

/**
 * A copy of the document as it is now (the live room's, else the stored one), for reads: the comment trail,
 * reports, differences, named versions. Never waits for commits (`readDocument`), so it answers at once even
 * while the database is refusing writes.
 */
export async function currentYDoc(context: AppLoadContext, documentId: string): Promise<Y.Doc> {
  const state = await context.collab.readDocument(documentId, (doc) => Y.encodeStateAsUpdate(doc));
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  return ydoc;
}
