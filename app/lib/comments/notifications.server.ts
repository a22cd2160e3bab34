/** Notifications of mentions and replies: the unread count in the header, the list, opening one. */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { commentThreads, comments, documents, meetings, notifications, partnerships, polls, users } from "../../../db/schema";
import { documentUrl } from "../documents/documents.server";
import type { NotificationKind } from "../enums";
import { isUuid } from "../ids";

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const rows = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return rows.length;
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
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
      meetingTitle: meetings.title,
      pollTitle: polls.title,
      quote: commentThreads.quote,
      body: comments.body,
      deletedAt: comments.deletedAt,
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(documents, eq(documents.id, notifications.documentId))
    .leftJoin(meetings, eq(meetings.id, notifications.meetingId))
    .leftJoin(polls, eq(polls.id, notifications.pollId))
    .leftJoin(partnerships, eq(partnerships.id, sql`coalesce(${documents.partnershipId}, ${meetings.partnershipId}, ${polls.partnershipId})`))
    .leftJoin(commentThreads, eq(commentThreads.id, notifications.threadId))
    .leftJoin(comments, eq(comments.id, notifications.commentId))
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.readAt), asc(notifications.createdAt))
    .limit(limit);
  return rows
    .map((r) => ({
      id: r.n.id,
      kind: r.n.kind,
      read: r.n.readAt !== null,
      createdAt: r.n.createdAt.toISOString(),
      actorName: r.actorName,
      // A session reminder names the session where a comment notification names the document.
      documentTitle: r.documentTitle ?? r.meetingTitle ?? r.pollTitle,
      partnershipName: r.partnershipName,
      quote: r.quote,
      excerpt: r.deletedAt ? null : r.body ? r.body.slice(0, 280) : null,
    }))
    .sort((a, b) => Number(a.read) - Number(b.read) || b.createdAt.localeCompare(a.createdAt));
}

/** Marks one notification read and tells where it leads; null when it is not this user's. */
export async function openNotification(db: Db, userId: string, notificationId: string): Promise<string | null> {
  if (!isUuid(notificationId)) return null;
  const [row] = await db
    .select({ n: notifications, slug: partnerships.slug })
    .from(notifications)
    .leftJoin(documents, eq(documents.id, notifications.documentId))
    .leftJoin(meetings, eq(meetings.id, notifications.meetingId))
    .leftJoin(polls, eq(polls.id, notifications.pollId))
    .leftJoin(partnerships, eq(partnerships.id, sql`coalesce(${documents.partnershipId}, ${meetings.partnershipId}, ${polls.partnershipId})`))
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)));
  if (!row) return null;
  if (!row.n.readAt) await db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, row.n.id));
  if (row.n.meetingId && row.slug) return `/w/${row.slug}/posiedzenia/${row.n.meetingId}`;
  if (row.n.kind === "selection_outcome") return "/nabor";
  if (row.n.pollId && row.slug) return `/w/${row.slug}/glosowania/${row.n.pollId}`;
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
