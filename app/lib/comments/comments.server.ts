/**
 * The comment trail of a co-edited document: threads anchored to passages, replies, @mentions, resolution,
 * edits (earlier bodies kept) and deletions (marked, never removed), and the coordinator's answer and
 * decision for the consultation report. Each command asks the guard's rule itself (`assertCan`) and enforces
 * what only the data can tell (own comment, thread of this document). Notifications: notifications.server.ts.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type * as Y from "yjs";
import type { Db, Queryable } from "../../../db/client";
import { commentRevisions, commentThreads, comments, memberships, notifications, users } from "../../../db/schema";
import { documentResource, type DocumentSummary } from "../documents/documents.server";
import { decide } from "../guard.server";
import { isUuid } from "../ids";
import type { Action, Actor } from "../policy";
import { documentFields } from "../strategy-sections";
import { anchorFromBase64, anchorToBase64, decodeAnchor, resolveStoredAnchor } from "./anchor";
import { findMentions, type Mentionable } from "./mentions";
import type { CreateThreadInput, DecideInput } from "./validation";
import type { ThreadView } from "./views";

export type { CommentView, ThreadView } from "./views";

/** A refusal with an i18n key of the "comments" namespace and the HTTP status to answer with. */
export class CommentError extends Error {
  constructor(
    public readonly key: string,
    public readonly status: number,
  ) {
    super(key);
  }
}

/** The document a comment belongs to, as the documents module describes it. */
export type CommentDocument = DocumentSummary;

/** The guard's rule (guard.server.ts `decide`) inside a command, with the trail's own reasons for 403. */
export function assertCan(actor: Actor | null, action: Action, doc: CommentDocument): void {
  const verdict = decide(actor, action, documentResource(doc));
  if (verdict === "allow") return;
  if (verdict === 403) throw new CommentError(action === "comment.decide" ? "errors.cannotDecide" : "errors.cannotComment", 403);
  throw new CommentError(verdict === 401 ? "errors.signIn" : "errors.notFound", verdict);
}

export interface Member extends Mentionable {
  roles: string[];
}

/** The people who can be @mentioned: every member of the partnership. */
export async function listMembers(db: Queryable, partnershipId: string): Promise<Member[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.partnershipId, partnershipId))
    .orderBy(asc(users.name));
  const byId = new Map<string, Member>();
  for (const row of rows) {
    const member = byId.get(row.id) ?? { id: row.id, name: row.name, email: row.email, roles: [] };
    member.roles.push(row.role);
    byId.set(row.id, member);
  }
  return [...byId.values()];
}

// ---------------------------------------------------------------------------------------------- views

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/**
 * Every thread of the document in document order (section, then position; detached threads of a section
 * after its attached ones), with its comments oldest first. `ydoc` defaults to the stored document.
 */
export async function listThreads(
  db: Db,
  doc: CommentDocument,
  viewer: { userId: string } | null,
  /** The document as it is now: the live room's copy in routes (`currentYDoc`), the stored one in tests. */
  ydoc: Y.Doc,
): Promise<ThreadView[]> {
  const threads = await db
    .select()
    .from(commentThreads)
    .where(eq(commentThreads.documentId, doc.id))
    .orderBy(asc(commentThreads.createdAt));
  if (threads.length === 0) return [];
  const rows = await db
    .select()
    .from(comments)
    .where(
      inArray(
        comments.threadId,
        threads.map((t) => t.id),
      ),
    )
    .orderBy(asc(comments.createdAt));
  const members = await listMembers(db, doc.partnershipId);
  const userIds = new Set<string>();
  for (const t of threads) {
    if (t.createdBy) userIds.add(t.createdBy);
    if (t.resolvedBy) userIds.add(t.resolvedBy);
  }
  for (const c of rows) if (c.authorId) userIds.add(c.authorId);
  const names = new Map<string, string>();
  if (userIds.size > 0) {
    for (const u of await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...userIds]))) {
      names.set(u.id, u.name);
    }
  }
  const person = (id: string | null) => (id ? { id, name: names.get(id) ?? "—" } : null);
  const me = viewer ? members.filter((m) => m.id === viewer.userId) : [];
  const fields = documentFields(doc.kind);

  // Anchors whose paragraph the editor replaced are found again by their quote; the repair (and the passage's
  // current context) is stored, so the thread stays attached for everyone.
  const repairs: { id: string; changes: NonNullable<ReturnType<typeof resolveStoredAnchor>["changes"]> }[] = [];
  const views = threads.map((t): ThreadView => {
    const threadComments = rows.filter((c) => c.threadId === t.id);
    const located = resolveStoredAnchor(ydoc, t);
    if (located.changes) repairs.push({ id: t.id, changes: located.changes });
    return {
      id: t.id,
      field: t.field,
      fieldIndex: Math.max(0, fields.indexOf(t.field)),
      anchorStart: located.anchorStart ? anchorToBase64(located.anchorStart) : null,
      anchorEnd: located.anchorEnd ? anchorToBase64(located.anchorEnd) : null,
      quote: t.quote,
      quotePrefix: located.changes?.quotePrefix ?? t.quotePrefix,
      quoteSuffix: located.changes?.quoteSuffix ?? t.quoteSuffix,
      justification: t.justification,
      anchor: located.anchor,
      status: t.status,
      resolvedBy: person(t.resolvedBy),
      resolvedAt: iso(t.resolvedAt),
      answer: t.answer,
      decision: t.decision,
      createdBy: person(t.createdBy),
      createdAt: t.createdAt.toISOString(),
      mine: viewer !== null && t.createdBy === viewer.userId,
      mentionsMe:
        me.length > 0 && threadComments.some((c) => !c.deletedAt && findMentions(c.body, me).length > 0),
      comments: threadComments.map((c) => ({
        id: c.id,
        author: person(c.authorId),
        body: c.deletedAt ? null : c.body,
        deleted: c.deletedAt !== null,
        edited: c.editedAt !== null,
        createdAt: c.createdAt.toISOString(),
        editedAt: iso(c.editedAt),
        mine: viewer !== null && c.authorId === viewer.userId,
      })),
    };
  });
  for (const repair of repairs) {
    await db.update(commentThreads).set(repair.changes).where(eq(commentThreads.id, repair.id));
  }
  return sortInDocumentOrder(views);
}

export function sortInDocumentOrder<T extends Pick<ThreadView, "fieldIndex" | "anchor" | "createdAt">>(threads: T[]): T[] {
  const position = (t: T) => (t.anchor.status === "attached" ? t.anchor.from : Number.MAX_SAFE_INTEGER);
  return [...threads].sort(
    (a, b) => a.fieldIndex - b.fieldIndex || position(a) - position(b) || a.createdAt.localeCompare(b.createdAt),
  );
}

// ------------------------------------------------------------------------------------------ commands

export interface Changed {
  documentId: string;
  threadId: string;
  /** Users who got a new notification (their unread count changed). */
  notified: string[];
}

async function notifyMentions(
  db: Queryable,
  doc: CommentDocument,
  authorId: string,
  threadId: string,
  commentId: string,
  body: string,
  alreadyMentioned: ReadonlySet<string> = new Set(),
): Promise<Set<string>> {
  const mentioned = findMentions(body, await listMembers(db, doc.partnershipId)).filter(
    (m) => m.id !== authorId && !alreadyMentioned.has(m.id),
  );
  if (mentioned.length > 0) {
    await db.insert(notifications).values(
      mentioned.map((m) => ({ userId: m.id, kind: "mention" as const, documentId: doc.id, threadId, commentId, actorId: authorId })),
    );
  }
  return new Set(mentioned.map((m) => m.id));
}

export async function createThread(db: Db, doc: CommentDocument, actor: Actor, input: CreateThreadInput): Promise<Changed & { commentId: string }> {
  assertCan(actor, "document.comment", doc);
  if (!documentFields(doc.kind).includes(input.field)) throw new CommentError("errors.badField", 400);
  const start = input.anchorStart ? anchorFromBase64(input.anchorStart) : null;
  const end = input.anchorEnd ? anchorFromBase64(input.anchorEnd) : null;
  if ((input.anchorStart || input.anchorEnd) && !(start && end && decodeAnchor(start) && decodeAnchor(end))) {
    throw new CommentError("errors.badAnchor", 400);
  }
  const { thread, comment, notified } = await db.transaction(async (tx) => {
    const [thread] = await tx
      .insert(commentThreads)
      .values({
        documentId: doc.id,
        field: input.field,
        anchorStart: start,
        anchorEnd: end,
        quote: input.quote,
        justification: input.justification,
        createdBy: actor.userId,
      })
      .returning();
    const [comment] = await tx.insert(comments).values({ threadId: thread.id, authorId: actor.userId, body: input.body }).returning();
    const notified = await notifyMentions(tx, doc, actor.userId, thread.id, comment.id, input.body);
    return { thread, comment, notified };
  });
  return { documentId: doc.id, threadId: thread.id, commentId: comment.id, notified: [...notified] };
}

async function threadOf(db: Db, doc: CommentDocument, threadId: string) {
  if (!isUuid(threadId)) throw new CommentError("errors.threadNotFound", 404);
  const [thread] = await db
    .select()
    .from(commentThreads)
    .where(and(eq(commentThreads.id, threadId), eq(commentThreads.documentId, doc.id)));
  if (!thread) throw new CommentError("errors.threadNotFound", 404);
  return thread;
}

export async function reply(db: Db, doc: CommentDocument, actor: Actor, threadId: string, body: string): Promise<Changed & { commentId: string }> {
  assertCan(actor, "document.comment", doc);
  const thread = await threadOf(db, doc, threadId);
  const { commentId, notified } = await db.transaction(async (tx) => {
    const [comment] = await tx.insert(comments).values({ threadId: thread.id, authorId: actor.userId, body }).returning();
    const mentioned = await notifyMentions(tx, doc, actor.userId, thread.id, comment.id, body);
    // The thread's author hears of replies (once: a mention already told them).
    if (thread.createdBy && thread.createdBy !== actor.userId && !mentioned.has(thread.createdBy)) {
      await tx.insert(notifications).values({
        userId: thread.createdBy,
        kind: "reply",
        documentId: doc.id,
        threadId: thread.id,
        commentId: comment.id,
        actorId: actor.userId,
      });
      mentioned.add(thread.createdBy);
    }
    return { commentId: comment.id, notified: [...mentioned] };
  });
  return { documentId: doc.id, threadId: thread.id, commentId, notified };
}

async function ownComment(db: Db, doc: CommentDocument, actor: Actor, commentId: string) {
  if (!isUuid(commentId)) throw new CommentError("errors.commentNotFound", 404);
  const [row] = await db
    .select({ comment: comments, documentId: commentThreads.documentId })
    .from(comments)
    .innerJoin(commentThreads, eq(commentThreads.id, comments.threadId))
    .where(eq(comments.id, commentId));
  if (!row || row.documentId !== doc.id) throw new CommentError("errors.commentNotFound", 404);
  if (row.comment.authorId !== actor.userId) throw new CommentError("errors.notYourComment", 403);
  if (row.comment.deletedAt) throw new CommentError("errors.commentDeleted", 409);
  return row.comment;
}

/** Replaces the body of one's own comment; the earlier body goes to comment_revisions. */
export async function editComment(db: Db, doc: CommentDocument, actor: Actor, commentId: string, body: string): Promise<Changed> {
  assertCan(actor, "document.comment", doc);
  const comment = await ownComment(db, doc, actor, commentId);
  if (comment.body === body) return { documentId: doc.id, threadId: comment.threadId, notified: [] };
  const notified = await db.transaction(async (tx) => {
    await tx.insert(commentRevisions).values({ commentId: comment.id, body: comment.body });
    await tx.update(comments).set({ body, editedAt: new Date() }).where(eq(comments.id, comment.id));
    const before = new Set(findMentions(comment.body, await listMembers(tx, doc.partnershipId)).map((m) => m.id));
    return notifyMentions(tx, doc, actor.userId, comment.threadId, comment.id, body, before);
  });
  return { documentId: doc.id, threadId: comment.threadId, notified: [...notified] };
}

/** Marks one's own comment deleted: its body is hidden from every view, the row and its history stay. */
export async function deleteComment(db: Db, doc: CommentDocument, actor: Actor, commentId: string): Promise<Changed> {
  assertCan(actor, "document.comment", doc);
  const comment = await ownComment(db, doc, actor, commentId);
  await db.update(comments).set({ deletedAt: new Date() }).where(eq(comments.id, comment.id));
  return { documentId: doc.id, threadId: comment.threadId, notified: [] };
}

export async function setThreadStatus(
  db: Db,
  doc: CommentDocument,
  actor: Actor,
  threadId: string,
  status: "open" | "resolved",
): Promise<Changed> {
  assertCan(actor, "document.comment", doc);
  const thread = await threadOf(db, doc, threadId);
  // Resolving someone else's thread tells its author (once per resolution; reopening tells nobody).
  const notify = status === "resolved" && thread.status !== "resolved" && thread.createdBy && thread.createdBy !== actor.userId ? thread.createdBy : null;
  await db.transaction(async (tx) => {
    await tx
      .update(commentThreads)
      .set(
        status === "resolved"
          ? { status, resolvedBy: actor.userId, resolvedAt: new Date() }
          : { status, resolvedBy: null, resolvedAt: null },
      )
      .where(eq(commentThreads.id, thread.id));
    if (notify) await tx.insert(notifications).values({ userId: notify, kind: "resolved", documentId: doc.id, threadId: thread.id, actorId: actor.userId });
  });
  return { documentId: doc.id, threadId: thread.id, notified: notify ? [notify] : [] };
}

/** The coordinator's answer (odpowiedź) and decision for the consultation report. */
export async function decideThread(db: Db, doc: CommentDocument, actor: Actor, threadId: string, input: DecideInput): Promise<Changed> {
  assertCan(actor, "comment.decide", doc);
  const thread = await threadOf(db, doc, threadId);
  await db
    .update(commentThreads)
    .set({ answer: input.answer || null, decision: input.decision })
    .where(eq(commentThreads.id, thread.id));
  return { documentId: doc.id, threadId: thread.id, notified: [] };
}

/** Earlier bodies of a comment, oldest first (for the trail; hidden when the comment is deleted). */
export async function commentHistory(db: Db, commentId: string): Promise<{ body: string; createdAt: Date }[]> {
  return db
    .select({ body: commentRevisions.body, createdAt: commentRevisions.createdAt })
    .from(commentRevisions)
    .where(eq(commentRevisions.commentId, commentId))
    .orderBy(asc(commentRevisions.id));
}
