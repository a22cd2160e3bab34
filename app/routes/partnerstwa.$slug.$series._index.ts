import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { pageResponse } from "~/lib/publication/page-cache.server";
import { loadPublishedPage } from "~/lib/publication/pages.server";
import { getLocale } from "~/lib/request.server";

/** The newest published version of a series (strategy, package, minutes): stored HTML, ETag, 304. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { page } = await guard({ request, context }, "publication.read", (db) =>
    loadPublishedPage(db, { origin: new URL(request.url).origin, locale: getLocale(request), slug: params.slug, series: params.series, number: null }),
  );
  return pageResponse(request, page);
}
