import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { openNotification, unreadCount } from "~/lib/comments/notifications.server";
import { refusal, requireUser } from "~/lib/guard.server";

/** Opening a notification marks it read and leads to the thread in its document. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requireUser({ request, context });
  const db = context.database.db;
  // Only the user's own notifications exist for them: another's, an unknown or a malformed id is 404.
  const target = await openNotification(db, auth.user.id, params.notificationId ?? "");
  if (!target) throw refusal(request, 404);
  context.collab.toUser(auth.user.id, { type: "notifications.changed", unread: await unreadCount(db, auth.user.id) });
  return redirect(target);
}
