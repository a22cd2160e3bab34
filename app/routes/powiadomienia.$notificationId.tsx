import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { openNotification } from "~/lib/comments/comments.server";
import { requireAuth } from "~/lib/request.server";

/** Opening a notification marks it read and leads to the thread in its document. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const auth = requireAuth(request, context);
  const target = await openNotification(context.database.db, auth.user.id, params.notificationId ?? "");
  if (!target) throw new Response("Not Found", { status: 404 });
  return redirect(target);
}
