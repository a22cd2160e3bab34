import type { LoaderFunctionArgs } from "@remix-run/node";
import { listDocuments, requireWorkspace } from "~/lib/workspace.server";

/** The partnership's co-edited documents, for members (and the ministry administrator) only. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await requireWorkspace(request, context, params.slug, "document.read", { api: true });
  const documents = await listDocuments(context.database.db, partnership.id);
  return Response.json({ documents }, { headers: { "Cache-Control": "private, no-store" } });
}
