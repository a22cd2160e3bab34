import type { LoaderFunctionArgs } from "@remix-run/node";
import { guard } from "~/lib/guard.server";
import { matchesEtag } from "~/lib/publication/page-cache.server";
import { publicationFile } from "~/lib/publication/print.server";
import { loadPublication } from "~/lib/publication/publications.server";
import { fileDownload } from "~/lib/download";

/** DOCX or tagged PDF of a published version: /partnerstwa/:slug/:series/pobierz/wersja-2.pdf. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const match = /^wersja-([1-9]\d{0,5})\.(docx|pdf)$/.exec(params.file ?? "");
  const { partnership, publication } = await guard({ request, context }, "publication.read", async (db) =>
    match ? loadPublication(db, params.slug, params.series, match[1]) : null,
  );
  const format = match![2] as "docx" | "pdf";
  const bytes = new Uint8Array(await publicationFile(publication, partnership, format));
  const etag = `"${publication.id}-${format}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=3600" };
  if (matchesEtag(request, etag)) return new Response(null, { status: 304, headers });
  return fileDownload(bytes, format, `${partnership.slug}-${publication.series}-wersja-${publication.number}.${format}`, { ...headers, "Access-Control-Allow-Origin": "*" });
}
