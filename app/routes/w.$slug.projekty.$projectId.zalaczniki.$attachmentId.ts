import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadProject } from "~/lib/projects/access.server";
import { attachmentResponse, getAttachment } from "~/lib/projects/attachments.server";
import { guard, refusal } from "~/lib/guard.server";

/** An attachment, to members only, always as a download (never rendered inline). */
export async function loader(args: LoaderFunctionArgs) {
  const { project } = await guard(args, "project.read", (db) => loadProject(db, args.params.slug, args.params.projectId));
  const file = await getAttachment(args.context.database.db, project.id, args.params.attachmentId ?? "");
  if (!file) throw refusal(args.request, 404);
  return attachmentResponse(file);
}
