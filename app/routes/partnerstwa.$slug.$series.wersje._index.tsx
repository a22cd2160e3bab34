import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { SeriesPage } from "~/components/publication/SeriesPage";
import { formatDay } from "~/lib/format";
import { guard } from "~/lib/guard.server";
import { seriesPath, versionPath } from "~/lib/publication/content";
import { publicMeta } from "~/lib/publication/meta";
import { loadPublication } from "~/lib/publication/publications.server";
import { getLocale, getServerT } from "~/lib/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? publicMeta({ title: data.heading, description: data.heading, canonical: data.canonical }) : [];

export const headers: HeadersFunction = () => ({ "Cache-Control": "public, max-age=60" });

/** The published versions of a series, newest first, each with its difference from the one before. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership, publication, versions } = await guard({ request, context }, "publication.read", (db) =>
    loadPublication(db, params.slug, params.series, null),
  );
  const t = getServerT(request);
  return {
    locale: getLocale(request),
    partnership: { slug: partnership.slug, name: partnership.name },
    series: publication.series,
    title: publication.title,
    heading: t("publication:versions.title", { title: publication.title }),
    versions: versions.map((v) => ({ number: v.number, publishedAt: v.publishedAt.toISOString() })).reverse(),
    canonical: `${new URL(request.url).origin}${seriesPath(partnership.slug, publication.series)}/wersje`,
  };
}

export default function PublishedVersions() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <SeriesPage {...d}>
      <DataTable
        caption={t("publication:versions.caption")}
        showCaption
        rows={d.versions.map((v, i) => ({ ...v, previous: d.versions[i + 1]?.number }))}
        rowKey={(v) => v.number}
        columns={[
          {
            header: t("publication:versions.number"),
            cell: (v) => <a href={versionPath(d.partnership.slug, d.series, v.number)}>{t("publication:page.version", { number: v.number })}</a>,
          },
          { header: t("publication:versions.date"), cell: (v) => formatDay(v.publishedAt, d.locale) },
          {
            header: t("publication:versions.changes"),
            cell: (v) =>
              v.previous === undefined ? (
                t("publication:versions.first")
              ) : (
                <Link to={`${seriesPath(d.partnership.slug, d.series)}/roznice?od=${v.previous}&do=${v.number}`}>
                  {t("publication:versions.diff", { number: v.previous })}
                </Link>
              ),
          },
        ]}
      />
    </SeriesPage>
  );
}
