import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { guardCommentDocument, loadTrail } from "~/lib/comments/api.server";
import { runCommentCommand } from "~/lib/comments/commands.server";
import { CommentError } from "~/lib/comments/comments.server";
import { commandSchemas, isCommentIntent, toCommand } from "~/lib/comments/validation";
import { getServerT } from "~/lib/request.server";

/**
 * The comment sidebar's resource route under its document: GET the trail (a fetcher loads it and reloads it on
 * `comments.changed`), POST one form of the sidebar (Conform: field errors as i18n keys of "comments", a
 * refusal as a translated form error). Single fetch: the browser reaches it as `…/komentarze.data`; non-browser
 * clients use /api/documents/:id/threads instead. Answers are JSON Responses with their status, because Remix
 * drops the status of `data()` when a resource route is requested directly (a refusal would read as 200).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const found = await guardCommentDocument({ request, context }, params.documentId, params.slug);
  return Response.json(await loadTrail(context, found), { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { auth, doc } = await guardCommentDocument({ request, context }, params.documentId, params.slug);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const t = getServerT(request);
  if (!isCommentIntent(intent)) return Response.json({ status: "error", error: { "": [t("comments:errors.badIntent")] } }, { status: 400 });
  const submission = parseWithZod(formData, { schema: commandSchemas[intent] });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  try {
    const { result } = await runCommentCommand(context, auth.actor, doc, toCommand(intent, submission.value));
    // The created thread's id lets the sidebar move focus to it.
    const threadId = (result as { threadId?: string }).threadId ?? null;
    // New text (a thread, a reply) empties its form; an answer or decision stays as saved. `stored` tells the
    // sidebar the change was kept (a reset reply carries no status).
    return Response.json({ ...submission.reply({ resetForm: intent === "create" || intent === "reply" }), stored: true, threadId }, { status: 200 });
  } catch (error) {
    if (!(error instanceof CommentError)) throw error;
    return Response.json(submission.reply({ formErrors: [t(`comments:${error.key}`)] }), { status: error.status });
  }
}
