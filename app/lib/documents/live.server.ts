import type { AppLoadContext } from "@remix-run/node";
import * as Y from "yjs";
import { collabDocuments, type LiveDocuments } from "./versions.server";

/** Restores go through the collaboration server's live room: everyone connected sees them at once. */
export function liveDocuments(context: AppLoadContext): LiveDocuments {
  return collabDocuments(context.collab);
}

/** The document as it is now in the live room (loaded from the database if nobody has it open). */
export async function currentYDoc(context: AppLoadContext, documentId: string): Promise<Y.Doc> {
  let state: Uint8Array | null = null;
  await context.collab.changeDocument(documentId, (doc) => {
    state = Y.encodeStateAsUpdate(doc);
  });
  const ydoc = new Y.Doc();
  if (state) Y.applyUpdate(ydoc, state);
  return ydoc;
}
