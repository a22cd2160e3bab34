import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { announce, guardCommentDocument, parseOr400, readBody, toResponse } from "~/lib/comments/api.server";
import {
  CommentError,
  createThread,
  decideThread,
  deleteComment,
  editComment,
  listMembers,
  listThreads,
  reply,
  setThreadStatus,
} from "~/lib/comments/comments.server";
import { markThreadNotificationsRead, unreadCount } from "~/lib/comments/notifications.server";
import { createThreadSchema, decideSchema, editSchema, replySchema } from "~/lib/comments/validation";
import { currentYDoc } from "~/lib/documents/live.server";
import { uuid } from "~/lib/ids";
import { can } from "~/lib/policy";

/** GET: the document's comment trail for the sidebar, with the viewer's rights and the people to mention. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { auth, doc, resource } = await guardCommentDocument({ request, context }, params.documentId);
  const [threads, members] = await Promise.all([
    currentYDoc(context, doc.id).then((ydoc) => listThreads(context.database.db, doc, { userId: auth.user.id }, ydoc)),
    listMembers(context.database.db, doc.partnershipId),
  ]);
  return Response.json(
    {
      threads,
      members: members.map(({ id, name, email }) => ({ id, name, email })),
      viewer: {
        id: auth.user.id,
        canComment: can(auth.actor, "document.comment", resource),
        canDecide: can(auth.actor, "comment.decide", resource),
      },
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

const id = uuid();

/** POST {intent, …}: create, reply, resolve, reopen, edit, delete, decide, read. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { auth, doc } = await guardCommentDocument({ request, context }, params.documentId);
  const db = context.database.db;
  const actor = auth.actor;
  const body = await readBody(request);
  try {
    switch (body.intent) {
      case "create": {
        const changed = await createThread(db, doc, actor, parseOr400(createThreadSchema, body));
        await announce(context, changed);
        return Response.json(changed, { status: 201 });
      }
      case "reply": {
        const input = parseOr400(replySchema.extend({ threadId: id }), body);
        const changed = await reply(db, doc, actor, input.threadId, input.body);
        await announce(context, changed);
        return Response.json(changed, { status: 201 });
      }
      case "resolve":
      case "reopen": {
        const input = parseOr400(z.object({ threadId: id }), body);
        const changed = await setThreadStatus(db, doc, actor, input.threadId, body.intent === "resolve" ? "resolved" : "open");
        await announce(context, changed);
        return Response.json(changed);
      }
      case "edit": {
        const input = parseOr400(editSchema.extend({ commentId: id }), body);
        const changed = await editComment(db, doc, actor, input.commentId, input.body);
        await announce(context, changed);
        return Response.json(changed);
      }
      case "delete": {
        const input = parseOr400(z.object({ commentId: id }), body);
        const changed = await deleteComment(db, doc, actor, input.commentId);
        await announce(context, changed);
        return Response.json(changed);
      }
      case "decide": {
        const input = parseOr400(decideSchema.extend({ threadId: id }), {
          ...body,
          decision: body.decision === "" || body.decision === undefined ? null : body.decision,
        });
        const changed = await decideThread(db, doc, actor, input.threadId, input);
        await announce(context, changed);
        return Response.json(changed);
      }
      case "read": {
        const input = parseOr400(z.object({ threadId: id }), body);
        const marked = await markThreadNotificationsRead(db, auth.user.id, input.threadId);
        if (marked > 0) context.collab.toUser(auth.user.id, { type: "notifications.changed", unread: await unreadCount(db, auth.user.id) });
        return Response.json({ marked });
      }
      default:
        throw new CommentError("errors.badIntent", 400);
    }
  } catch (error) {
    return toResponse(request, error);
  }
}
