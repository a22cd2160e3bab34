import { parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { guardCommentDocument, loadTrail } from "~/lib/comments/api.server";
import { runCommentCommand } from "~/lib/comments/commands.server";
import { CommentError } from "~/lib/comments/comments.server";
import { commandSchemas, isCommentIntent, toCommand } from "~/lib/comments/validation";
import { getServerT } from "~/lib/request.server";

/**
 * The comment sidebar's resource route under its document: GET the trail (a fetcher loads it and reloads it on
 * `comments.changed`), POST one form of the sidebar (Conform: field errors as i18n keys of "comments", a
 * refusal as a translated form error). Single fetch: the browser reaches it as `…/komentarze.data`; non-browser
 * clients use /api/documents/:id/threads instead.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const found = await guardCommentDocument({ request, context }, params.documentId, params.slug);
  return data(await loadTrail(context, found), { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { auth, doc } = await guardCommentDocument({ request, context }, params.documentId, params.slug);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const t = getServerT(request);
  if (!isCommentIntent(intent)) return data({ status: "error" as const, error: { "": [t("comments:errors.badIntent")] } }, { status: 400 });
  const submission = parseWithZod(formData, { schema: commandSchemas[intent] });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    const { result } = await runCommentCommand(context, auth.actor, doc, toCommand(intent, submission.value));
    // The created thread's id lets the sidebar move focus to it.
    const threadId = (result as { threadId?: string }).threadId ?? null;
    // New text (a thread, a reply) empties its form; an answer or decision stays as saved. `stored` tells the
    // sidebar the change was kept (a reset reply carries no status).
    return { ...submission.reply({ resetForm: intent === "create" || intent === "reply" }), stored: true, threadId };
  } catch (error) {
    if (!(error instanceof CommentError)) throw error;
    return data(submission.reply({ formErrors: [t(`comments:${error.key}`)] }), { status: error.status });
  }
}
