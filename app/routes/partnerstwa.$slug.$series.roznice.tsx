import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SeriesPage } from "~/components/publication/SeriesPage";
import { guard, refusal } from "~/lib/guard.server";
import { seriesPath, versionPath } from "~/lib/publication/content";
import { diffPublished } from "~/lib/publication/diff";
import { publicMeta } from "~/lib/publication/meta";
import { loadPublication } from "~/lib/publication/publications.server";
import { getServerT } from "~/lib/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? publicMeta({ title: data.heading, description: `${data.title} — ${data.heading}`, canonical: data.canonical }) : [];

export const headers: HeadersFunction = () => ({ "Cache-Control": "public, max-age=60" });

/** The difference between two published versions (?od=1&do=2); only published versions can be compared. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { partnership, publication: to, versions } = await guard({ request, context }, "publication.read", (db) =>
    loadPublication(db, params.slug, params.series, url.searchParams.get("do")),
  );
  const fromNumber = url.searchParams.get("od");
  const from = versions.find((v) => String(v.number) === fromNumber && v.number < to.number);
  if (!from) throw refusal(request, 404);
  const t = getServerT(request);
  const sections = diffPublished(from.sections, to.sections);
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    series: to.series,
    title: to.title,
    from: from.number,
    to: to.number,
    numbers: versions.map((v) => v.number),
    heading: t("publication:diff.title", { from: from.number, to: to.number }),
    changed: sections.filter((s) => s.changed),
    unchanged: sections.filter((s) => !s.changed).map((s) => s.title),
    canonical: `${url.origin}${seriesPath(partnership.slug, to.series)}/roznice?od=${from.number}&do=${to.number}`,
  };
}

export default function PublishedDiff() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <SeriesPage {...d}>
      <p>
        <a href={versionPath(d.partnership.slug, d.series, d.from)}>{t("publication:page.version", { number: d.from })}</a> →{" "}
        <a href={versionPath(d.partnership.slug, d.series, d.to)}>{t("publication:page.version", { number: d.to })}</a>
      </p>
      <Form method="get" className="diff-choose">
        <fieldset>
          <legend>{t("publication:diff.choose")}</legend>
          <label htmlFor="diff-od">{t("publication:diff.from")}</label>
          <select id="diff-od" name="od" defaultValue={d.from}>
            {d.numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <label htmlFor="diff-do">{t("publication:diff.to")}</label>
          <select id="diff-do" name="do" defaultValue={d.to}>
            {d.numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <button type="submit">{t("publication:diff.show")}</button>
        </fieldset>
      </Form>
      <p>{t("publication:diff.legend")}</p>
      <p role="status">{t("publication:diff.changedSections", { count: d.changed.length })}</p>
      {d.changed.map((s) => (
        <section key={s.key} aria-labelledby={`d-${s.key}`} className="diff-section">
          <h2 id={`d-${s.key}`}>{s.title}</h2>
          <p className="diff">
            {s.parts.map((p, i) =>
              p.added ? (
                <ins key={i} className="diff__ins">
                  <span className="visually-hidden">[{t("publication:diff.added")}: </span>
                  {p.value}
                  <span className="visually-hidden">]</span>
                </ins>
              ) : p.removed ? (
                <del key={i} className="diff__del">
                  <span className="visually-hidden">[{t("publication:diff.removed")}: </span>
                  {p.value}
                  <span className="visually-hidden">]</span>
                </del>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          </p>
        </section>
      ))}
      {d.unchanged.length > 0 ? (
        <section aria-labelledby="d-unchanged">
          <h2 id="d-unchanged">{t("publication:diff.unchanged")}</h2>
          <ul>
            {d.unchanged.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </SeriesPage>
  );
}
