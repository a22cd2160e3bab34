import type { LoaderFunctionArgs } from "@remix-run/node";
import { getServerT } from "~/lib/request.server";
import { loadPackage } from "~/lib/projects/access.server";
import { packageCsv } from "~/lib/projects/export.server";
import { guard } from "~/lib/guard.server";
import { parsePackageQuery, queryPackage } from "~/lib/projects/package";
import { memberUnits } from "~/lib/projects/projects.server";
import { packageRows } from "~/lib/projects/package.server";
import { fileDownload } from "~/lib/download";

/** The package (as filtered and sorted on the page) as a CSV download. */
export async function loader(args: LoaderFunctionArgs) {
  const { partnership } = await guard(args, "project.read", (db) => loadPackage(db, args.params.slug));
  const db = args.context.database.db;
  const [rows, units] = await Promise.all([packageRows(db, partnership.id), memberUnits(db, partnership.id)]);
  const query = parsePackageQuery(new URL(args.request.url).searchParams);
  const csv = packageCsv(queryPackage(rows, query), new Map(units.map((u) => [u.teryt, u.name])), getServerT(args.request));
  return fileDownload(csv, "csv", `pakiet-projektow-${partnership.slug}.csv`, { "X-Content-Type-Options": "nosniff" });
}
