import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PublicBreadcrumb } from "~/components/publication/PublicBreadcrumb";
import { formatDay } from "~/lib/format";
import { guard } from "~/lib/guard.server";
import { formatGrosze } from "~/lib/projects/money";
import { projectPath } from "~/lib/publication/content";
import { publicMeta } from "~/lib/publication/meta";
import { loadPublishedProject } from "~/lib/publication/public.server";
import { getLocale } from "~/lib/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? publicMeta({ title: data.project.json.title, description: data.project.problem.slice(0, 200), canonical: data.canonical }) : [];

export const headers: HeadersFunction = () => ({ "Cache-Control": "public, max-age=60" });

/** A project as frozen in the partnership's newest published package. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership, publication, project } = await guard({ request, context }, "publication.read", (db) =>
    loadPublishedProject(db, params.slug, params.projectId),
  );
  return {
    locale: getLocale(request),
    partnership: { slug: partnership.slug, name: partnership.name },
    package: { number: publication.number, publishedAt: publication.publishedAt.toISOString(), series: publication.series },
    project,
    canonical: `${new URL(request.url).origin}${projectPath(partnership.slug, project.json.id)}`,
  };
}

export default function PublishedProjectPage() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const p = d.project;
  const money = (pln: number) => formatGrosze(Math.round(pln * 100), d.locale);
  const facts: [string, string][] = [
    [t("publication:project.goal"), p.goal],
    [t("publication:project.direction"), p.direction],
    [t("publication:project.lead"), `${p.leadName} (${p.json.leadTeryt})`],
    [t("publication:project.partners"), p.partnerNames.map((n, i) => `${n} (${p.json.partnerTeryt[i]})`).join(", ") || "—"],
    [t("publication:project.location"), p.location],
    [t("publication:project.totalCost"), money(p.json.totalCost)],
    [t("publication:project.eligibleCost"), money(p.json.eligibleCost)],
    [t("publication:project.period"), `${p.json.start ?? "—"} – ${p.json.end ?? "—"}`],
    [t("publication:project.maturity"), `${p.json.maturity}/5`],
    [t("publication:project.feasibility"), `${Math.round(p.json.feasibility.complete * 100)}%`],
  ];
  return (
    <div className="page">
      <PublicBreadcrumb partnership={d.partnership} series={{ key: d.package.series, title: t("publication:manage.kind.project_package") }} />
      <h1>{p.json.title}</h1>
      <p>{t("publication:project.fromPackage", { number: d.package.number, date: formatDay(d.package.publishedAt, d.locale) })}</p>
      {p.json.flagship ? <p className="badge">{t("publication:project.flagship")}</p> : null}
      <table className="facts-table">
        <caption>{t("publication:project.facts")}</caption>
        <tbody>
          {facts.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("publication:project.problem")}</h2>
      <p>{p.problem}</p>
      <h2>{t("publication:project.targetGroups")}</h2>
      <p>{p.targetGroups}</p>
      <h2>{t("publication:project.scope")}</h2>
      <p>{p.scope}</p>
      {p.schedule.length > 0 ? (
        <>
          <h2>{t("publication:project.schedule")}</h2>
          <table className="data-table">
            <caption className="visually-hidden">{t("publication:project.schedule")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("publication:project.task")}</th>
                <th scope="col">{t("publication:project.start")}</th>
                <th scope="col">{t("publication:project.end")}</th>
              </tr>
            </thead>
            <tbody>
              {p.schedule.map((task, i) => (
                <tr key={i}>
                  <td>{task.name}</td>
                  <td>{task.start}</td>
                  <td>{task.end}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
