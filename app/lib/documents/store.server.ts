/**
 * The documents module's persistence adapter of the collaboration core (server/collab: the `DocumentStore` it is
 * given, as Hocuspocus's database extension is to its core): the append-only update log `document_updates` and
 * the compacted `document_states`, plus the helpers that read and write a stored document without a live room.
 */
import { and, desc, eq, gt, inArray, lte, sql } from "drizzle-orm";
import * as Y from "yjs";
import type { Database, Db } from "../../../db/client";
import { documents, documentStates, documentUpdates } from "../../../db/schema";
import { deriveDocument, type DerivedDocument } from "../editor/derive.server";
import { isUuid } from "../ids";
import { probeSync } from "../../../server/collab/probes";
import { foldUpdates } from "./yjs-offload.server";
import type { DocumentRow } from "./documents.server";

/** One update to append to a document's log, with the user who made it (null: the server itself). */
export interface PendingUpdate {
  update: Uint8Array;
  userId: string | null;
}

/**
 * The Postgres store (PGlite or PostgreSQL through drizzle). Concurrency: one process owns a document, and its
 * appends are serialised by the room's commit queue, so every committed log row of a document has a lower id
 * than any row still being written; compaction may therefore run beside appends.
 */
export function createDbStore(database: Database) {
  const { db } = database;
  // The common commit (one document, one author) as a prepared query: drizzle builds its SQL once, not per commit.
  let appendOne: ReturnType<typeof prepareAppendOne> | null = null;
  function prepareAppendOne() {
    const documentId = sql.placeholder("documentId");
    const insert = db
      .$with("inserted")
      .as(
        db
          .insert(documentUpdates)
          .values({ documentId, update: sql.placeholder("update"), userId: sql.placeholder("userId") })
          .returning({ id: documentUpdates.id }),
      );
    return db.with(insert).update(documents).set({ updatedAt: sql`now()` }).where(eq(documents.id, documentId)).prepare("wsp_append_one");
  }
  return {
    async exists(documentId: string): Promise<boolean> {
      if (!isUuid(documentId)) return false;
      const rows = await db.select({ id: documents.id }).from(documents).where(eq(documents.id, documentId));
      return rows.length > 0;
    },

    async load(documentId: string): Promise<{ updates: Uint8Array[]; logRows: number }> {
      return db.transaction(
        async (tx) => {
          const [state] = await tx
            .select({ state: documentStates.state, lastUpdateId: documentStates.lastUpdateId })
            .from(documentStates)
            .where(eq(documentStates.documentId, documentId));
          const rows = await tx
            .select({ update: documentUpdates.update })
            .from(documentUpdates)
            .where(
              and(
                eq(documentUpdates.documentId, documentId),
                gt(documentUpdates.id, state?.lastUpdateId ?? 0),
              ),
            )
            .orderBy(documentUpdates.id);
          const updates = rows.map((r) => r.update);
          if (state) updates.unshift(state.state);
          return { updates, logRows: rows.length };
        },
        database.kind === "postgres" ? { isolationLevel: "repeatable read", accessMode: "read only" } : undefined,
      );
    },

    append: coalesce(async (entries) => {
      const rows = entries.flatMap(({ documentId, batch }) =>
        mergeByAuthor(batch).map((entry) => ({ documentId, update: entry.update, userId: entry.userId })),
      );
      if (rows.length === 0) return;
      if (rows.length === 1) {
        appendOne ??= prepareAppendOne();
        await appendOne.execute(rows[0]);
        return;
      }
      // One statement: the log rows and the documents' updated_at commit together, in one round trip.
      const insert = db.$with("inserted").as(db.insert(documentUpdates).values(rows).returning({ id: documentUpdates.id }));
      await db
        .with(insert)
        .update(documents)
        .set({ updatedAt: sql`now()` })
        .where(inArray(documents.id, [...new Set(entries.map((e) => e.documentId))]));
    }),

    /**
     * Reads the state and the log beyond it, folds them into a new state off the event loop (a worker thread
     * for large documents: yjs-offload.server.ts), then swaps them in one short transaction. The read needs no
     * transaction: this process owns the document and serialises its appends, so every row up to the last id
     * read is committed; the swap re-checks that the state row is still the one read (else nothing is changed).
     */
    async compact(documentId: string): Promise<number> {
      const [state] = await db
        .select({ state: documentStates.state, lastUpdateId: documentStates.lastUpdateId })
        .from(documentStates)
        .where(eq(documentStates.documentId, documentId));
      const baseId = state?.lastUpdateId ?? 0;
      const rows = await db
        .select({ id: documentUpdates.id, update: documentUpdates.update })
        .from(documentUpdates)
        .where(and(eq(documentUpdates.documentId, documentId), gt(documentUpdates.id, baseId)))
        .orderBy(documentUpdates.id);
      if (rows.length === 0) return 0;
      const compacted = await foldUpdates(state ? [state.state, ...rows.map((r) => r.update)] : rows.map((r) => r.update));
      const lastUpdateId = rows[rows.length - 1].id;
      return db.transaction(async (tx) => {
        const [current] = await tx
          .select({ lastUpdateId: documentStates.lastUpdateId })
          .from(documentStates)
          .where(eq(documentStates.documentId, documentId))
          .for("update");
        // Compacted meanwhile by someone else: leave it (the rows stay until the next compaction).
        if ((current?.lastUpdateId ?? 0) !== baseId || (!current && state)) return 0;
        await tx
          .insert(documentStates)
          .values({ documentId, state: compacted, lastUpdateId })
          .onConflictDoUpdate({
            target: documentStates.documentId,
            set: { state: compacted, lastUpdateId, updatedAt: sql`now()` },
          });
        // Exactly the rows folded in: the ones read above are all of this document's rows up to the last id
        // read (its appends are serialised, so no row with a lower id can commit later).
        await tx
          .delete(documentUpdates)
          .where(and(eq(documentUpdates.documentId, documentId), lte(documentUpdates.id, lastUpdateId)));
        return rows.length;
      });
    },
  };
}

interface AppendRequest {
  documentId: string;
  batch: readonly PendingUpdate[];
}

/**
 * At most one append statement per this many milliseconds (a commit delay, as PostgreSQL's `commit_delay`):
 * under steady typing the edits of a few keystrokes share one statement. Every statement wakes the database
 * (a PostgreSQL backend, or PGlite's thread) and that wake-up takes the CPU from whatever the server was doing,
 * often delivering the next keystroke; fewer, larger statements keep the fan-out's tail short. The cost is at
 * most this much more before an edit is acknowledged as saved; other editors get it at once as before.
 */
const COMMIT_INTERVAL_MS = 25;

/**
 * Group commit across documents: appends that arrive while a statement is in flight, or within COMMIT_INTERVAL_MS
 * of the previous one's start, go out together in the next one (each document's own queue still writes one batch
 * at a time). If a combined statement fails, its documents are retried one by one, so one failing document cannot
 * hold the others back.
 */
function coalesce(
  appendMany: (entries: AppendRequest[]) => Promise<void>,
): (documentId: string, batch: readonly PendingUpdate[]) => Promise<void> {
  let waiting: (AppendRequest & { resolve: () => void; reject: (error: unknown) => void })[] = [];
  let inFlight = false;
  let lastStart = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (inFlight || timer || waiting.length === 0) return;
    const wait = lastStart + COMMIT_INTERVAL_MS - performance.now();
    if (wait > 0) {
      timer = setTimeout(() => {
        timer = null;
        flush();
      }, wait);
      return;
    }
    lastStart = performance.now();
    const group = waiting;
    waiting = [];
    inFlight = true;
    appendMany(group)
      .then(
        () => group.forEach((g) => g.resolve()),
        async (error: unknown) => {
          if (group.length === 1) return group[0].reject(error);
          for (const g of group) await appendMany([g]).then(g.resolve, g.reject);
        },
      )
      .finally(() => {
        inFlight = false;
        flush();
      });
  };
  return (documentId, batch) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ documentId, batch, resolve, reject });
      flush();
    });
}

/** Consecutive updates of one author become one row (Y.mergeUpdates keeps everything; compaction drops garbage). */
function mergeByAuthor(batch: readonly PendingUpdate[]): PendingUpdate[] {
  const out: { userId: string | null; updates: Uint8Array[] }[] = [];
  for (const entry of batch) {
    const last = out[out.length - 1];
    if (last && last.userId === entry.userId) last.updates.push(entry.update);
    else out.push({ userId: entry.userId, updates: [entry.update] });
  }
  return out.map((group) => ({
    userId: group.userId,
    update: group.updates.length === 1 ? group.updates[0] : Y.mergeUpdates(group.updates),
  }));
}

/** The stored Y.Doc, read by the collaboration store (compacted state + later log rows). */
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
export async function storeDerived(
  db: Db,
  document: Pick<DocumentRow, "id" | "kind">,
  ydoc: Y.Doc,
  /** Already derived (e.g. in a worker thread: derive-offload.server.ts). */
  given?: DerivedDocument,
): Promise<DerivedDocument> {
  const derived = given ?? probeSync("derivation", () => deriveDocument(ydoc, document.kind));
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
