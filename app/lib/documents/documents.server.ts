/**
 * The documents module's one way to look a document up and to describe it to the policy. Every caller — pages,
 * resource routes, the comment trail, the collaboration websocket — goes through `loadDocument` (or
 * `findDocumentResource` when only the policy's view is needed), so there is one id rule (`isUuid`: a malformed
 * id is an unknown document, 404) and one `documentResource`.
 *
 * Routes: `guard(args, "document.read", (db) => loadDocument(db, params.documentId, params.slug))`.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { documents, partnershipEditingRights, partnerships } from "../../../db/schema";
import { editRightGroup, normaliseEditingRights } from "../editing-rights";
import { isUuid } from "../ids";
import type { DocumentResource } from "../policy";

export type DocumentRow = typeof documents.$inferSelect;
export type PartnershipRow = typeof partnerships.$inferSelect;

/** A document as the guard loads it: its policy resource, its row and its partnership. */
export interface LoadedDocument {
  resource: DocumentResource;
  document: DocumentRow;
  partnership: PartnershipRow;
}

/** What the comment trail, reports and notifications need to name a document and link to it. */
export interface DocumentSummary {
  id: string;
  partnershipId: string;
  partnershipSlug: string;
  partnershipName: string;
  kind: DocumentRow["kind"];
  title: string;
}

/**
 * The document as the policy sees it (written once, here). `rights` is the partnership's editing-rights setting
 * as stored (null: never set, the defaults); without it the policy assumes the defaults too. A locked document
 * (frozen minutes of a closed session) is read-only for everyone.
 */
export function documentResource(
  document: Pick<DocumentRow, "partnershipId" | "kind"> & { lockedAt?: Date | null },
  rights?: unknown,
): DocumentResource {
  const editors = normaliseEditingRights(rights ?? null)[editRightGroup(document.kind)];
  const resource: DocumentResource = { type: "document", partnershipId: document.partnershipId, kind: document.kind, editors };
  return document.lockedAt ? { ...resource, locked: true } : resource;
}

/** The stored editing-rights setting joined to a document's partnership (null when never set). */
const rightsColumn = { rights: partnershipEditingRights.rights };

/**
 * The document, with its partnership; null when the id is malformed or unknown, or (with `slug`) when the
 * document belongs to another partnership than the URL names.
 */
export async function loadDocument(db: Db, documentId: string | undefined, slug?: string): Promise<LoadedDocument | null> {
  if (!isUuid(documentId)) return null;
  const [row] = await db
    .select({ document: documents, partnership: partnerships, ...rightsColumn })
    .from(documents)
    .innerJoin(partnerships, eq(partnerships.id, documents.partnershipId))
    .leftJoin(partnershipEditingRights, eq(partnershipEditingRights.partnershipId, documents.partnershipId))
    .where(slug === undefined ? eq(documents.id, documentId) : and(eq(documents.id, documentId), eq(partnerships.slug, slug)));
  return row ? { document: row.document, partnership: row.partnership, resource: documentResource(row.document, row.rights) } : null;
}

/** The partnership's territorial strategy (its first strategy document), loaded as `loadDocument` does. */
export async function loadStrategy(db: Db, slug: string | undefined): Promise<LoadedDocument | null> {
  if (!slug) return null;
  const [row] = await db
    .select({ document: documents, partnership: partnerships, ...rightsColumn })
    .from(documents)
    .innerJoin(partnerships, eq(partnerships.id, documents.partnershipId))
    .leftJoin(partnershipEditingRights, eq(partnershipEditingRights.partnershipId, documents.partnershipId))
    .where(and(eq(partnerships.slug, slug), eq(documents.kind, "strategy")))
    .orderBy(asc(documents.createdAt))
    .limit(1);
  return row ? { document: row.document, partnership: row.partnership, resource: documentResource(row.document, row.rights) } : null;
}

export async function getStrategyDocument(db: Db, partnershipId: string): Promise<DocumentRow | null> {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.partnershipId, partnershipId), eq(documents.kind, "strategy")))
    .orderBy(asc(documents.createdAt))
    .limit(1);
  return row ?? null;
}

/** The policy's view of several documents at once (the websocket's periodic re-check); unknown ids are left out. */
export async function findDocumentResources(db: Db, documentIds: readonly string[]): Promise<Map<string, DocumentResource>> {
  const ids = [...new Set(documentIds.filter(isUuid))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: documents.id, partnershipId: documents.partnershipId, kind: documents.kind, lockedAt: documents.lockedAt, ...rightsColumn })
    .from(documents)
    .leftJoin(partnershipEditingRights, eq(partnershipEditingRights.partnershipId, documents.partnershipId))
    .where(inArray(documents.id, ids));
  // Read on every re-check of open sockets, so a change of the setting reaches open editors within seconds.
  return new Map(rows.map((row) => [row.id, documentResource(row, row.rights)]));
}

export function documentSummary({ document, partnership }: Pick<LoadedDocument, "document" | "partnership">): DocumentSummary {
  return {
    id: document.id,
    partnershipId: partnership.id,
    partnershipSlug: partnership.slug,
    partnershipName: partnership.name,
    kind: document.kind,
    title: document.title,
  };
}

/** Where a document opens in the workspace (the editor page), optionally at a comment thread. */
export function documentUrl(doc: Pick<DocumentSummary, "id" | "partnershipSlug">, threadId?: string | null): string {
  const base = `/w/${doc.partnershipSlug}/dokumenty/${doc.id}`;
  return threadId ? `${base}?watek=${threadId}` : base;
}
