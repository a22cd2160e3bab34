import type { AppLoadContext } from "@remix-run/node";
import type * as Y from "yjs";
import { loadStoredYDoc } from "./store.server";
import { storedDocuments, type LiveDocuments } from "./versions.server";

/** Where restores and named versions read and write the document: the live room when there is one. */
export function liveDocuments(context: AppLoadContext): LiveDocuments {
  return storedDocuments(context.database.db);
}

/** The document as it is now (the live room's Y.Doc if loaded, else the stored one). */
export async function currentYDoc(context: AppLoadContext, documentId: string): Promise<Y.Doc> {
  return loadStoredYDoc(context.database.db, documentId);
}
