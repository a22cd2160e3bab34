import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { apiPartnership, corsPreflight, publicJson, withCors } from "~/lib/publication/api.server";
import { loadPublicPartnership } from "~/lib/publication/publications.server";

/** GET /api/public/partnerships/:slug → { slug, name, members, outputs } (docs/publication.md). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await withCors(guard({ request, context }, "publication.read", (db) => loadPublicPartnership(db, params.slug)));
  return publicJson(request, await apiPartnership(context.database.db, partnership, new URL(request.url).origin));
}

export const action = ({ request }: ActionFunctionArgs) => corsPreflight(request);

