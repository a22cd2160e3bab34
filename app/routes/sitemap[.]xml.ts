import type { LoaderFunctionArgs } from "@remix-run/node";
import { sitemapXml } from "~/lib/publication/sitemap.server";

/** The public pages for search engines (published outputs only). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const xml = await sitemapXml(context.database.db, new URL(request.url).origin);
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
