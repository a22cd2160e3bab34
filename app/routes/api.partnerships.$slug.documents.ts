import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { loadPartnership } from "~/lib/partnerships.server";
import { listDocuments } from "~/lib/workspace.server";

/** The partnership's co-edited documents, for members (and the ministry administrator) only. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await guard({ request, context }, "document.read", (db) => loadPartnership(db, params.slug));
  const documents = await listDocuments(context.database.db, partnership.id);
  return Response.json({ documents }, { headers: { "Cache-Control": "private, no-store" } });
}
