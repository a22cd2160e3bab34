/**
 * Keeps the search index (table search_entries) in step with what it is derived from: the derived JSON of each
 * document section (refreshed by the collaboration server after edits settle) and the comments of each thread.
 * Before a partnership is searched, every source newer than its entry is (re)indexed, so the index can never
 * be stale or miss a source, whoever wrote it (editor, restore, seed, a script) and without hooks in them.
 * Re-indexing is an upsert by key: two searches doing it at once write the same rows.
 */
import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { comments, commentThreads, documents, searchEntries } from "../../../db/schema";
import { textFromJson, type PmJson } from "../editor/text";
import { documentFields, STRATEGY_SECTIONS } from "../strategy-sections";
import { analyse } from "./search-polish";

type Entry = typeof searchEntries.$inferInsert;

function entry(partnershipId: string, documentId: string, field: string, threadId: string | null, sourceAt: Date, text: string, title: string): Entry {
  const { forms, stems } = analyse(text);
  return {
    key: threadId ? `thread:${threadId}` : `section:${documentId}:${field}`,
    partnershipId,
    documentId,
    field,
    threadId,
    sourceAt,
    text,
    // An empty section is not found by its title alone: a hit must have text to show.
    titleForms: text.trim() ? analyse(title).forms : "",
    forms,
    stems,
  };
}

async function upsert(db: Db, entries: Entry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 100) {
    await db
      .insert(searchEntries)
      .values(entries.slice(i, i + 100))
      .onConflictDoUpdate({
        target: searchEntries.key,
        set: {
          sourceAt: sql`excluded.source_at`,
          text: sql`excluded.text`,
          titleForms: sql`excluded.title_forms`,
          forms: sql`excluded.forms`,
          stems: sql`excluded.stems`,
        },
      });
  }
}

function sectionTitle(kind: string, field: string, documentTitle: string): string {
  if (kind !== "strategy") return documentTitle;
  return STRATEGY_SECTIONS.find((s) => s.key === field)?.pl ?? "";
}

/** Re-indexes the sections of the partnership's documents that changed since they were indexed. */
async function refreshSections(db: Db, partnershipId: string): Promise<number> {
  const docs = await db
    .select({ id: documents.id, updatedAt: documents.updatedAt })
    .from(documents)
    .where(and(eq(documents.partnershipId, partnershipId), isNotNull(documents.derivedJson)));
  if (docs.length === 0) return 0;
  const indexed = await db
    .select({ documentId: searchEntries.documentId, sourceAt: sql<Date>`min(${searchEntries.sourceAt})`.mapWith(searchEntries.sourceAt) })
    .from(searchEntries)
    .where(and(eq(searchEntries.partnershipId, partnershipId), isNull(searchEntries.threadId)))
    .groupBy(searchEntries.documentId);
  const indexedAt = new Map(indexed.map((r) => [r.documentId, r.sourceAt.getTime()]));
  const stale = docs.filter((d) => (indexedAt.get(d.id) ?? -1) < d.updatedAt.getTime()).map((d) => d.id);
  if (stale.length === 0) return 0;
  const rows = await db
    .select({ id: documents.id, kind: documents.kind, title: documents.title, json: documents.derivedJson, updatedAt: documents.updatedAt })
    .from(documents)
    .where(inArray(documents.id, stale));
  const entries: Entry[] = [];
  for (const row of rows) {
    const json = (row.json ?? {}) as Record<string, PmJson>;
    for (const field of documentFields(row.kind)) {
      entries.push(entry(partnershipId, row.id, field, null, row.updatedAt, textFromJson(json[field]), sectionTitle(row.kind, field, row.title)));
    }
  }
  await upsert(db, entries);
  return rows.length;
}

/** Re-indexes the comment threads whose comments were added, edited or deleted since they were indexed. */
async function refreshThreads(db: Db, partnershipId: string): Promise<number> {
  const changedAt = sql<Date>`greatest(${commentThreads.createdAt}, max(${comments.createdAt}), max(${comments.editedAt}), max(${comments.deletedAt}))`.mapWith(
    commentThreads.createdAt,
  );
  const threads = await db
    .select({ id: commentThreads.id, documentId: commentThreads.documentId, field: commentThreads.field, changedAt })
    .from(commentThreads)
    .innerJoin(documents, eq(documents.id, commentThreads.documentId))
    .leftJoin(comments, eq(comments.threadId, commentThreads.id))
    .where(eq(documents.partnershipId, partnershipId))
    .groupBy(commentThreads.id);
  if (threads.length === 0) return 0;
  const indexed = await db
    .select({ threadId: searchEntries.threadId, sourceAt: searchEntries.sourceAt })
    .from(searchEntries)
    .where(and(eq(searchEntries.partnershipId, partnershipId), isNotNull(searchEntries.threadId)));
  const indexedAt = new Map(indexed.map((r) => [r.threadId!, r.sourceAt.getTime()]));
  const stale = threads.filter((t) => (indexedAt.get(t.id) ?? -1) < t.changedAt.getTime());
  if (stale.length === 0) return 0;
  // Deleted comments are hidden in every view, so they are not searchable either.
  const bodies = await db
    .select({ threadId: comments.threadId, body: comments.body })
    .from(comments)
    .where(and(inArray(comments.threadId, stale.map((t) => t.id)), isNull(comments.deletedAt)))
    .orderBy(asc(comments.createdAt));
  await upsert(
    db,
    stale.map((t) => {
      const text = bodies.filter((b) => b.threadId === t.id).map((b) => b.body).join("\n");
      return entry(partnershipId, t.documentId, t.field, t.id, t.changedAt, text, "");
    }),
  );
  return stale.length;
}

/** Brings the partnership's index up to date; returns how many documents and threads were (re)indexed. */
export async function refreshSearchIndex(db: Db, partnershipId: string): Promise<{ documents: number; threads: number }> {
  return { documents: await refreshSections(db, partnershipId), threads: await refreshThreads(db, partnershipId) };
}
