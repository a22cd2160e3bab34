/**
 * The comment trail of a co-edited document: threads anchored to passages, replies, @mentions, resolution,
 * edits (earlier bodies kept) and deletions (marked, never removed), and the coordinator's answer and
 * decision for the consultation report. Callers check the policy first (see assertCan); these functions
 * enforce what only the data can tell (own comment, thread of this document).
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type * as Y from "yjs";
import type { Db } from "../../../db/client";
import {
  commentRevisions,
  commentThreads,
  comments,
  documents,
  memberships,
  notifications,
  partnerships,
  users,
} from "../../../db/schema";
import { can, type Action, type Actor, type DocumentKind, type DocumentResource } from "../policy";
import { documentFields } from "../strategy-sections";
import { anchorFromBase64, anchorToBase64, decodeAnchor, resolveStoredAnchor, type ResolvedAnchor } from "./anchor";
import { findMentions, type Mentionable } from "./mentions";
import type { CreateThreadInput, DecideInput, Decision } from "./validation";

/** A refusal with an i18n key of the "comments" namespace and the HTTP status to answer with. */
export class CommentError extends Error {
  constructor(
    public readonly key: string,
    public readonly status: number,
  ) {
    super(key);
  }
}

export interface CommentDocument {
  id: string;
  partnershipId: string;
  partnershipSlug: string;
  partnershipName: string;
  kind: DocumentKind;
  title: string;
}

export async function getCommentDocument(db: Db, documentId: string): Promise<CommentDocument | null> {
  if (!/^[0-9a-f-]{36}$/i.test(documentId)) return null;
  const [row] = await db
    .select({
      id: documents.id,
      partnershipId: documents.partnershipId,
      partnershipSlug: partnerships.slug,
      partnershipName: partnerships.name,
      kind: documents.kind,
      title: documents.title,
    })
    .from(documents)
    .innerJoin(partnerships, eq(partnerships.id, documents.partnershipId))
    .where(eq(documents.id, documentId));
  return row ? { ...row, kind: row.kind as DocumentKind } : null;
}

export function documentResource(doc: CommentDocument): DocumentResource {
  return { type: "document", partnershipId: doc.partnershipId, kind: doc.kind };
}

/** 404 for people who may not even read the document (they must not learn it exists), 403 otherwise. */
export function assertCan(actor: Actor | null, action: Action, doc: CommentDocument): void {
  if (can(actor, action, documentResource(doc))) return;
  if (!can(actor, "document.read", documentResource(doc))) throw new CommentError("errors.notFound", 404);
  throw new CommentError(action === "comment.decide" ? "errors.cannotDecide" : "errors.cannotComment", 403);
}

/** Where a document opens in the workspace (the editor page), optionally at a thread. */
export function documentUrl(doc: Pick<CommentDocument, "id" | "partnershipSlug">, threadId?: string | null): string {
  const base = `/w/${doc.partnershipSlug}/dokumenty/${doc.id}`;
  return threadId ? `${base}?watek=${threadId}` : base;
}

export interface Member extends Mentionable {
  roles: string[];
}

/** The people who can be @mentioned: every member of the partnership. */
export async function listMembers(db: Db, partnershipId: string): Promise<Member[]> {
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

export interface CommentView {
  id: string;
  author: { id: string; name: string } | null;
  /** null when the comment was deleted: the trail shows that something was said, not what. */
  body: string | null;
  deleted: boolean;
  edited: boolean;
  createdAt: string;
  editedAt: string | null;
  mine: boolean;
}

export interface ThreadView {
  id: string;
  field: string;
  fieldIndex: number;
  anchorStart: string | null;
  anchorEnd: string | null;
  quote: string;
  /** Text just before and after the passage: with the quote, it finds the passage again (see anchor-quote.ts). */
  quotePrefix: string;
  quoteSuffix: string;
  justification: string;
  /** Where the anchor is in the stored document now; "detached" when its text was deleted. */
  anchor: ResolvedAnchor;
  status: "open" | "resolved";
  resolvedBy: { id: string; name: string } | null;
  resolvedAt: string | null;
  answer: string | null;
  decision: Decision | null;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  comments: CommentView[];
  mine: boolean;
  mentionsMe: boolean;
}

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
      status: t.status === "resolved" ? "resolved" : "open",
      resolvedBy: person(t.resolvedBy),
      resolvedAt: iso(t.resolvedAt),
      answer: t.answer,
      decision: (t.decision as Decision | null) ?? null,
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
}

async function notifyMentions(
  db: Db,
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
      mentioned.map((m) => ({ userId: m.id, kind: "mention", documentId: doc.id, threadId, commentId, actorId: authorId })),
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
  const { thread, comment } = await db.transaction(async (tx) => {
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
    await notifyMentions(tx as unknown as Db, doc, actor.userId, thread.id, comment.id, input.body);
    return { thread, comment };
  });
  return { documentId: doc.id, threadId: thread.id, commentId: comment.id };
}

async function threadOf(db: Db, doc: CommentDocument, threadId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(threadId)) throw new CommentError("errors.threadNotFound", 404);
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
  const commentId = await db.transaction(async (tx) => {
    const [comment] = await tx.insert(comments).values({ threadId: thread.id, authorId: actor.userId, body }).returning();
    const mentioned = await notifyMentions(tx as unknown as Db, doc, actor.userId, thread.id, comment.id, body);
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
    }
    return comment.id;
  });
  return { documentId: doc.id, threadId: thread.id, commentId };
}

async function ownComment(db: Db, doc: CommentDocument, actor: Actor, commentId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(commentId)) throw new CommentError("errors.commentNotFound", 404);
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
  if (comment.body === body) return { documentId: doc.id, threadId: comment.threadId };
  await db.transaction(async (tx) => {
    await tx.insert(commentRevisions).values({ commentId: comment.id, body: comment.body });
    await tx.update(comments).set({ body, editedAt: new Date() }).where(eq(comments.id, comment.id));
    const before = new Set(findMentions(comment.body, await listMembers(tx as unknown as Db, doc.partnershipId)).map((m) => m.id));
    await notifyMentions(tx as unknown as Db, doc, actor.userId, comment.threadId, comment.id, body, before);
  });
  return { documentId: doc.id, threadId: comment.threadId };
}

/** Marks one's own comment deleted: its body is hidden from every view, the row and its history stay. */
export async function deleteComment(db: Db, doc: CommentDocument, actor: Actor, commentId: string): Promise<Changed> {
  assertCan(actor, "document.comment", doc);
  const comment = await ownComment(db, doc, actor, commentId);
  await db.update(comments).set({ deletedAt: new Date() }).where(eq(comments.id, comment.id));
  return { documentId: doc.id, threadId: comment.threadId };
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
  await db
    .update(commentThreads)
    .set(
      status === "resolved"
        ? { status, resolvedBy: actor.userId, resolvedAt: new Date() }
        : { status, resolvedBy: null, resolvedAt: null },
    )
    .where(eq(commentThreads.id, thread.id));
  return { documentId: doc.id, threadId: thread.id };
}

/** The coordinator's answer (odpowiedź) and decision for the consultation report. */
export async function decideThread(db: Db, doc: CommentDocument, actor: Actor, threadId: string, input: DecideInput): Promise<Changed> {
  assertCan(actor, "comment.decide", doc);
  const thread = await threadOf(db, doc, threadId);
  await db
    .update(commentThreads)
    .set({ answer: input.answer || null, decision: input.decision })
    .where(eq(commentThreads.id, thread.id));
  return { documentId: doc.id, threadId: thread.id };
}

/** Earlier bodies of a comment, oldest first (for the trail; hidden when the comment is deleted). */
export async function commentHistory(db: Db, commentId: string): Promise<{ body: string; createdAt: Date }[]> {
  return db
    .select({ body: commentRevisions.body, createdAt: commentRevisions.createdAt })
    .from(commentRevisions)
    .where(eq(commentRevisions.commentId, commentId))
    .orderBy(asc(commentRevisions.id));
}

// ------------------------------------------------------------------------------------- notifications

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const rows = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return rows.length;
}

export interface NotificationView {
  id: string;
  kind: "mention" | "reply";
  read: boolean;
  createdAt: string;
  actorName: string | null;
  documentTitle: string | null;
  partnershipName: string | null;
  quote: string | null;
  excerpt: string | null;
}

export async function listNotifications(db: Db, userId: string, limit = 100): Promise<NotificationView[]> {
  const rows = await db
    .select({
      n: notifications,
      actorName: users.name,
      documentTitle: documents.title,
      partnershipName: partnerships.name,
      quote: commentThreads.quote,
      body: comments.body,
      deletedAt: comments.deletedAt,
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(documents, eq(documents.id, notifications.documentId))
    .leftJoin(partnerships, eq(partnerships.id, documents.partnershipId))
    .leftJoin(commentThreads, eq(commentThreads.id, notifications.threadId))
    .leftJoin(comments, eq(comments.id, notifications.commentId))
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.readAt), asc(notifications.createdAt))
    .limit(limit);
  return rows
    .map((r) => ({
      id: r.n.id,
      kind: (r.n.kind === "reply" ? "reply" : "mention") as NotificationView["kind"],
      read: r.n.readAt !== null,
      createdAt: r.n.createdAt.toISOString(),
      actorName: r.actorName,
      documentTitle: r.documentTitle,
      partnershipName: r.partnershipName,
      quote: r.quote,
      excerpt: r.deletedAt ? null : r.body ? r.body.slice(0, 280) : null,
    }))
    .sort((a, b) => Number(a.read) - Number(b.read) || b.createdAt.localeCompare(a.createdAt));
}

/** Marks one notification read and tells where it leads; null when it is not this user's. */
export async function openNotification(db: Db, userId: string, notificationId: string): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(notificationId)) return null;
  const [row] = await db
    .select({ n: notifications, slug: partnerships.slug })
    .from(notifications)
    .leftJoin(documents, eq(documents.id, notifications.documentId))
    .leftJoin(partnerships, eq(partnerships.id, documents.partnershipId))
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)));
  if (!row) return null;
  if (!row.n.readAt) await db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, row.n.id));
  if (!row.n.documentId || !row.slug) return "/powiadomienia";
  return documentUrl({ id: row.n.documentId, partnershipSlug: row.slug }, row.n.threadId);
}

/** Opening a thread reads its notifications. */
export async function markThreadNotificationsRead(db: Db, userId: string, threadId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), eq(notifications.threadId, threadId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function markAllNotificationsRead(db: Db, userId: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}
