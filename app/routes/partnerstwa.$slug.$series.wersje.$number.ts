import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { pageResponse } from "~/lib/publication/page-cache.server";
import { loadPublishedPage } from "~/lib/publication/pages.server";
import { getLocale } from "~/lib/request.server";

/** One published version of a series: stored HTML, ETag, 304; a hidden or unknown version is 404. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { page } = await guard({ request, context }, "publication.read", (db) =>
    loadPublishedPage(db, {
      origin: new URL(request.url).origin,
      locale: getLocale(request),
      slug: params.slug,
      series: params.series,
      number: params.number ?? "",
    }),
  );
  return pageResponse(request, page);
}
