import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { apiProjects, publicJson } from "~/lib/publication/api.server";
import { loadPublicPartnership } from "~/lib/publication/publications.server";

/** The published projects as a JSON download (the projects contract, like the open-data API). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await guard({ request, context }, "publication.read", (db) => loadPublicPartnership(db, params.slug));
  const response = publicJson(request, await apiProjects(context.database.db, partnership.id));
  response.headers.set("Content-Disposition", `attachment; filename="${partnership.slug}-projekty.json"`);
  return response;
}
