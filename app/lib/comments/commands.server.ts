/**
 * One change to a document's comment trail, whichever way it came (the sidebar's forms or the JSON API):
 * stored by the comments module, then announced on the event channel (the trail to the document's viewers,
 * the unread count to whoever was notified). Returns the status and body the JSON API answers with.
 */
import type { AppLoadContext } from "@remix-run/node";
import type { Actor } from "../policy";
import { announce } from "./api.server";
import { createThread, decideThread, deleteComment, editComment, reply, setThreadStatus, type CommentDocument } from "./comments.server";
import { markThreadNotificationsRead, unreadCount } from "./notifications.server";
import type { CommentCommand } from "./validation";

export async function runCommentCommand(
  context: AppLoadContext,
  actor: Actor,
  doc: CommentDocument,
  command: CommentCommand,
): Promise<{ status: number; result: unknown }> {
  const db = context.database.db;
  if (command.intent === "read") {
    const marked = await markThreadNotificationsRead(db, actor.userId, command.threadId);
    if (marked > 0) context.collab.toUser(actor.userId, { type: "notifications.changed", unread: await unreadCount(db, actor.userId) });
    return { status: 200, result: { marked } };
  }
  const changed = await (async () => {
    switch (command.intent) {
      case "create":
        return createThread(db, doc, actor, command);
      case "reply":
        return reply(db, doc, actor, command.threadId, command.body);
      case "resolve":
      case "reopen":
        return setThreadStatus(db, doc, actor, command.threadId, command.intent === "resolve" ? "resolved" : "open");
      case "edit":
        return editComment(db, doc, actor, command.commentId, command.body);
      case "delete":
        return deleteComment(db, doc, actor, command.commentId);
      case "decide":
        return decideThread(db, doc, actor, command.threadId, command);
    }
  })();
  await announce(context, changed);
  return { status: command.intent === "create" || command.intent === "reply" ? 201 : 200, result: changed };
}
