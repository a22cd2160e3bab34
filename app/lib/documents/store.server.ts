import { and, asc, desc, eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Database, Db } from "../../../db/client";
import { documents, documentUpdates, partnerships } from "../../../db/schema";
import { createDbStore } from "../../../server/collab/store";
import type { DocumentKind } from "../policy";
import { deriveDocument, type DerivedDocument } from "../editor/derive.server";

export type DocumentRow = typeof documents.$inferSelect;

export async function getDocument(db: Db, documentId: string): Promise<DocumentRow | null> {
  if (!isUuid(documentId)) return null;
  const rows = await db.select().from(documents).where(eq(documents.id, documentId));
  return rows[0] ?? null;
}

/** The document with its partnership, for loaders that check the policy before anything else. */
export async function getDocumentInPartnership(db: Db, slug: string, documentId: string) {
  if (!isUuid(documentId)) return null;
  const rows = await db
    .select({ document: documents, partnership: partnerships })
    .from(documents)
    .innerJoin(partnerships, eq(partnerships.id, documents.partnershipId))
    .where(and(eq(documents.id, documentId), eq(partnerships.slug, slug)));
  return rows[0] ?? null;
}

export async function getStrategyDocument(db: Db, partnershipId: string): Promise<DocumentRow | null> {
  const rows = await db
    .select()
    .from(documents)
    .where(and(eq(documents.partnershipId, partnershipId), eq(documents.kind, "strategy")))
    .orderBy(asc(documents.createdAt))
    .limit(1);
  return rows[0] ?? null;
}

export function documentResource(document: Pick<DocumentRow, "partnershipId" | "kind">) {
  return { type: "document" as const, partnershipId: document.partnershipId, kind: document.kind as DocumentKind };
}

/** The stored Y.Doc, read by the collaboration server's own store (compacted state + later log rows). */
export async function loadStoredYDoc(database: Database, documentId: string): Promise<Y.Doc> {
  const { updates } = await createDbStore(database).load(documentId);
  const ydoc = new Y.Doc();
  if (updates.length > 0) Y.applyUpdate(ydoc, Y.mergeUpdates(updates));
  return ydoc;
}

/** Appends an update to the log through the collaboration store (only when no live room holds the document). */
export async function appendStoredUpdate(database: Database, documentId: string, update: Uint8Array, userId: string | null) {
  await createDbStore(database).append(documentId, [{ update, userId }]);
}

/** Derives JSON/HTML/text from the Y.Doc and stores them on the document row. */
export async function storeDerived(db: Db, document: Pick<DocumentRow, "id" | "kind">, ydoc: Y.Doc): Promise<DerivedDocument> {
  const derived = deriveDocument(ydoc, document.kind);
  const now = new Date();
  await db
    .update(documents)
    .set({ derivedJson: derived.json, derivedHtml: derived.html, derivedText: derived.text, derivedAt: now, updatedAt: now })
    .where(eq(documents.id, document.id));
  return derived;
}

/** The most recent author in the update log (the author of an automatic version). */
export async function lastEditor(db: Db, documentId: string): Promise<string | null> {
  const rows = await db
    .select({ userId: documentUpdates.userId })
    .from(documentUpdates)
    .where(eq(documentUpdates.documentId, documentId))
    .orderBy(desc(documentUpdates.id))
    .limit(1);
  return rows[0]?.userId ?? null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
