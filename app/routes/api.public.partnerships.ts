import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { apiPartnerships, corsPreflight, publicJson } from "~/lib/publication/api.server";

/** GET /api/public/partnerships → [{ slug, name, voivodeship, integrationType, url }] (docs/publication.md). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  return publicJson(request, await apiPartnerships(context.database.db, new URL(request.url).origin));
}

export const action = ({ request }: ActionFunctionArgs) => corsPreflight(request);
