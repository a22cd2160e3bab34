import { diffWords } from "diff";
import { and, desc, eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Database, Db, Queryable } from "../../../db/client";
import { documentVersions, users } from "../../../db/schema";
import { applyContent, deriveDocument, deriveFromJson } from "../editor/derive.server";
import type { DerivedSnapshot } from "../editor/derive-offload.server";
import type { PmJson } from "../editor/text";
import { isUuid } from "../ids";
import type { CollabHandle } from "../../load-context";
import type { DocumentRow } from "./documents.server";
import { appendStoredUpdate, lastEditor, loadStoredYDoc, storeDerived } from "./store.server";
import { pick } from "../../../db/pick";

/**
 * Where edits to a document go. A live room (the collaboration server) applies them to its Y.Doc, so
 * everybody connected sees them and the room persists them like any edit; without a room they go
 * straight into the update log.
 */
export interface LiveDocuments {
  /**
   * Runs `edit` synchronously on the document's current Y.Doc as an edit by `userId` and makes it durable.
   * Returns true when a live room took it (connected people see it at once).
   */
  edit(documentId: string, userId: string | null, edit: (ydoc: Y.Doc) => void): Promise<boolean>;
}

export type VersionRow = typeof documentVersions.$inferSelect;

export interface VersionListItem {
  id: string;
  name: string | null;
  automatic: boolean;
  createdAt: Date;
  authorName: string | null;
}

export async function listVersions(db: Db, documentId: string): Promise<VersionListItem[]> {
  const rows = await db
    .select({ ...pick(documentVersions, "id", "name", "createdAt"), authorName: users.name })
    .from(documentVersions)
    .leftJoin(users, eq(users.id, documentVersions.createdBy))
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(desc(documentVersions.createdAt), desc(documentVersions.id));
  return rows.map((r) => ({ ...r, automatic: r.name === null }));
}

export async function getVersion(db: Db, documentId: string, versionId: string): Promise<VersionRow | null> {
  if (!isUuid(versionId)) return null;
  const rows = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.id, versionId)));
  return rows[0] ?? null;
}

export async function versionAuthorName(db: Db, version: Pick<VersionRow, "createdBy">): Promise<string | null> {
  if (!version.createdBy) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, version.createdBy));
  return row?.name ?? null;
}

async function latestVersion(db: Db, documentId: string): Promise<VersionRow | null> {
  const rows = await db
    .select()
    .from(documentVersions)
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(desc(documentVersions.createdAt))
    .limit(1);
  return rows[0] ?? null;
}

/** Stores a version of the Y.Doc as it is now: Yjs state, JSON and text. `name` null = automatic. */
export async function createVersion(
  db: Queryable,
  document: Pick<DocumentRow, "id" | "kind">,
  ydoc: Y.Doc,
  options: { name: string | null; userId: string | null; createdAt?: Date; snapshot?: DerivedSnapshot },
): Promise<VersionRow> {
  const derived = options.snapshot?.derived ?? deriveDocument(ydoc, document.kind);
  const [row] = await db
    .insert(documentVersions)
    .values({
      documentId: document.id,
      name: options.name,
      state: options.snapshot?.state ?? Y.encodeStateAsUpdate(ydoc),
      json: derived.json,
      text: derived.text,
      createdBy: options.userId,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    })
    .returning();
  return row;
}

export const AUTO_VERSION_INTERVAL_MS = 10 * 60_000;

/**
 * Called after edits settle: stores the derived views and, when the content differs from the latest
 * version and that version is older than `intervalMs`, an automatic version.
 */
export async function onDocumentSettled(
  db: Db,
  document: Pick<DocumentRow, "id" | "kind">,
  ydoc: Y.Doc,
  options: { intervalMs?: number; now?: Date; snapshot?: DerivedSnapshot } = {},
): Promise<{ versionCreated: boolean }> {
  const derived = await storeDerived(db, document, ydoc, options.snapshot?.derived);
  const latest = await latestVersion(db, document.id);
  const now = options.now ?? new Date();
  const interval = options.intervalMs ?? AUTO_VERSION_INTERVAL_MS;
  if (latest && latest.text === derived.text) return { versionCreated: false };
  if (latest && now.getTime() - latest.createdAt.getTime() < interval) return { versionCreated: false };
  if (!latest && derived.fields.every((f) => f.text.trim() === "")) return { versionCreated: false };
  await createVersion(db, document, ydoc, { name: null, userId: await lastEditor(db, document.id), snapshot: options.snapshot });
  return { versionCreated: true };
}

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}
export interface SectionDiff {
  key: string;
  changed: boolean;
  parts: DiffPart[];
}

/** Word-level difference per field between two stored contents (field → ProseMirror JSON). */
export function diffContents(kind: string, from: Record<string, PmJson>, to: Record<string, PmJson>): SectionDiff[] {
  const a = deriveFromJson(kind, from);
  const b = deriveFromJson(kind, to);
  return a.fields.map((field, i) => {
    const parts = diffWords(field.text, b.fields[i].text).map((p) => ({
      value: p.value,
      added: Boolean(p.added),
      removed: Boolean(p.removed),
    }));
    return { key: field.key, changed: parts.some((p) => p.added || p.removed), parts };
  });
}

/**
 * Restores a version as a NEW edit by `userId`: the version's content is written into the current document by
 * minimal changes (through the live room when there is one), so history and concurrent edits survive, and the
 * log stores the restore with its author. The state before the restore is kept as an automatic version, by
 * whoever wrote it last.
 */
export async function restoreVersion(
  db: Db,
  live: LiveDocuments,
  document: Pick<DocumentRow, "id" | "kind">,
  version: VersionRow,
  userId: string,
): Promise<void> {
  const target = version.json as Record<string, PmJson>;
  const startedAt = new Date();
  const beforeAuthor = await lastEditor(db, document.id);
  let before: Uint8Array | null = null;
  let after: Uint8Array | null = null;
  await live.edit(document.id, userId, (ydoc) => {
    before = Y.encodeStateAsUpdate(ydoc);
    applyContent(ydoc, document.kind, target);
    after = Y.encodeStateAsUpdate(ydoc);
  });
  if (before) {
    const beforeDoc = docFrom(before);
    const latest = await latestVersion(db, document.id);
    if (!latest || latest.text !== deriveDocument(beforeDoc, document.kind).text) {
      await createVersion(db, document, beforeDoc, { name: null, userId: beforeAuthor, createdAt: new Date(startedAt.getTime() - 1) });
    }
  }
  if (after) await storeDerived(db, document, docFrom(after));
}

function docFrom(update: Uint8Array): Y.Doc {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, update);
  return ydoc;
}

/** The adapter without a collaboration server: edits go straight into the stored update log. */
export function storedDocuments(database: Database): LiveDocuments {
  return {
    async edit(documentId, userId, edit) {
      const ydoc = await loadStoredYDoc(database, documentId);
      const updates: Uint8Array[] = [];
      ydoc.on("update", (update: Uint8Array) => updates.push(update));
      edit(ydoc);
      if (updates.length > 0) await appendStoredUpdate(database, documentId, Y.mergeUpdates(updates), userId);
      return false;
    },
  };
}

/** The adapter over the collaboration server: the change goes through the live room, seen by everyone at once. */
export function collabDocuments(collab: Pick<CollabHandle, "changeDocument">): LiveDocuments {
  return {
    async edit(documentId, userId, edit) {
      await collab.changeDocument(documentId, userId, edit);
      return true;
    },
  };
}
