import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { publishedProjectsCsv } from "~/lib/publication/api.server";
import { loadPublicPartnership } from "~/lib/publication/publications.server";
import { getServerT } from "~/lib/request.server";
import { fileDownload } from "~/lib/download";

/** The published projects as CSV (one row per project, the package export's columns). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await guard({ request, context }, "publication.read", (db) => loadPublicPartnership(db, params.slug));
  const csv = await publishedProjectsCsv(context.database.db, partnership.id, getServerT(request));
  return fileDownload(csv, "csv", `${partnership.slug}-projekty.csv`, { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" });
}
