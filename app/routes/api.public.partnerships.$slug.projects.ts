import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { apiProjects, corsPreflight, publicJson, withCors } from "~/lib/publication/api.server";
import { loadPublicPartnership } from "~/lib/publication/publications.server";

/** GET /api/public/partnerships/:slug/projects → the published package's projects in the projects contract. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await withCors(guard({ request, context }, "publication.read", (db) => loadPublicPartnership(db, params.slug)));
  return publicJson(request, await apiProjects(context.database.db, partnership.id));
}

export const action = ({ request }: ActionFunctionArgs) => corsPreflight(request);
