/**
 * Glue between the comment resource routes and the comments module: the guarded document, request parsing,
 * translated refusals and the live events (the trail to everyone viewing the document, the unread count to
 * whoever was notified).
 */
import type { AppLoadContext } from "@remix-run/node";
import type { z } from "zod";
import { documentSummary, loadDocument } from "../documents/documents.server";
import { guard, type GuardArgs } from "../guard.server";
import { getServerT } from "../request.server";
import { currentYDoc } from "../documents/live.server";
import { can } from "../policy";
import { membersJson } from "../serializers/member";
import { CommentError, listMembers, listThreads, type Changed } from "./comments.server";
import { unreadCount } from "./notifications.server";
import { firstIssue } from "./validation";

export function apiError(request: Request, key: string, status: number): Response {
  const t = getServerT(request);
  return Response.json({ error: t(`comments:${key}`) }, { status });
}

/** The guarded document of a comment route (read right; commands ask for more themselves) and its summary. */
export async function guardCommentDocument(args: GuardArgs, documentId: string | undefined, slug?: string) {
  const found = await guard(args, "document.read", (db) => loadDocument(db, documentId, slug));
  return { ...found, doc: documentSummary(found) };
}

/** The trail as the sidebar shows it: threads (anchors resolved in the live document), people, the viewer's rights. */
export async function loadTrail(context: AppLoadContext, found: Awaited<ReturnType<typeof guardCommentDocument>>) {
  const { auth, doc, resource } = found;
  const [threads, members] = await Promise.all([
    currentYDoc(context, doc.id).then((ydoc) => listThreads(context.database.db, doc, { userId: auth.user.id }, ydoc)),
    listMembers(context.database.db, doc.partnershipId),
  ]);
  return {
    threads,
    members: membersJson(members, auth.actor, resource),
    viewer: {
      id: auth.user.id,
      canComment: can(auth.actor, "document.comment", resource),
      canDecide: can(auth.actor, "comment.decide", resource),
    },
  };
}
export type Trail = Awaited<ReturnType<typeof loadTrail>>;

export function toResponse(request: Request, error: unknown): Response {
  if (error instanceof Response) return error;
  if (error instanceof CommentError) return apiError(request, error.key, error.status);
  throw error;
}

/** A JSON object body, or form fields (progressive enhancement); {} when unreadable. */
export async function readBody(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) {
      const value = await request.json();
      return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    }
    return Object.fromEntries(await request.formData());
  } catch {
    return {};
  }
}

export function parseOr400<S extends z.ZodTypeAny>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new CommentError(firstIssue(result.error), 400);
  return result.data;
}

/** Tells live pages of a stored change: the document's viewers refetch the trail, notified people get their count. */
export async function announce(context: AppLoadContext, changed: Changed): Promise<void> {
  try {
    context.collab.toDocument(changed.documentId, { type: "comments.changed", threadId: changed.threadId });
    for (const userId of changed.notified) {
      context.collab.toUser(userId, { type: "notifications.changed", unread: await unreadCount(context.database.db, userId) });
    }
  } catch (error) {
    // The change is stored; live pages catch up on their next load.
    console.error("comments: live event failed", error instanceof Error ? error.message : error);
  }
}
