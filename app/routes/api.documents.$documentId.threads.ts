import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { guardCommentDocument, loadTrail, parseOr400, readBody, toResponse } from "~/lib/comments/api.server";
import { runCommentCommand } from "~/lib/comments/commands.server";
import { CommentError } from "~/lib/comments/comments.server";
import { commandSchemas, isCommentIntent, toCommand } from "~/lib/comments/validation";

/**
 * The comment trail as JSON for non-browser clients (the sidebar uses the document's own resource route,
 * `…/dokumenty/:documentId/komentarze`). Contract: docs/comments.md.
 */

/** GET: the document's comment trail, with the viewer's rights and the people to mention. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const found = await guardCommentDocument({ request, context }, params.documentId);
  return Response.json(await loadTrail(context, found), { headers: { "Cache-Control": "no-store" } });
}

/** POST {intent, …}: create, reply, resolve, reopen, edit, delete, decide, read. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { auth, doc } = await guardCommentDocument({ request, context }, params.documentId);
  const body = await readBody(request);
  try {
    if (!isCommentIntent(body.intent)) throw new CommentError("errors.badIntent", 400);
    // The contract: `decision: ""` (the form's "— none —") means no decision, as null does.
    const input = parseOr400(commandSchemas[body.intent], body.decision === "" ? { ...body, decision: null } : body);
    const { status, result } = await runCommentCommand(context, auth.actor, doc, toCommand(body.intent, input));
    return Response.json(result, { status });
  } catch (error) {
    return toResponse(request, error);
  }
}
