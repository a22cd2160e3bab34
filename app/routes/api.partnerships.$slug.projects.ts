import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadPackage } from "~/lib/projects/access.server";
import { guard } from "~/lib/guard.server";
import { projectJson } from "~/lib/projects/json";
import { packageRows } from "~/lib/projects/package.server";

/** GET /api/partnerships/:slug/projects — the package as JSON (docs/projects.md). Members only. */
export async function loader(args: LoaderFunctionArgs) {
  const { partnership } = await guard(args, "project.read", (db) => loadPackage(db, args.params.slug));
  const rows = await packageRows(args.context.database.db, partnership.id);
  return Response.json(rows.map(projectJson), { headers: { "Cache-Control": "private, no-store" } });
}
