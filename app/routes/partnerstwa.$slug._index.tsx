import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PublicBreadcrumb } from "~/components/publication/PublicBreadcrumb";
import { MembersTable } from "~/components/publication/MembersTable";
import { formatDay } from "~/lib/format";
import { guard } from "~/lib/guard.server";
import { listPartnerships } from "~/lib/partnerships.server";
import { projectPath } from "~/lib/publication/content";
import { publicMeta } from "~/lib/publication/meta";
import { loadPublicPartnership } from "~/lib/publication/publications.server";
import { currentPhase, publicOutputs, publishedProjects } from "~/lib/publication/public.server";
import { getLocale } from "~/lib/request.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? publicMeta({ title: data.partnership.name, description: data.description, canonical: data.canonical }) : [];

export const headers: HeadersFunction = () => ({ "Cache-Control": "public, max-age=60" });

/** A partnership's public page: members with TERYT codes, integration type, current phase, published outputs. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership } = await guard({ request, context }, "publication.read", (db) => loadPublicPartnership(db, params.slug));
  const db = context.database.db;
  const origin = new URL(request.url).origin;
  const entry = (await listPartnerships(db)).find((p) => p.id === partnership.id)!;
  const [outputs, phase, pkg] = await Promise.all([
    publicOutputs(db, partnership, origin),
    currentPhase(db, partnership.id),
    publishedProjects(db, partnership.id),
  ]);
  return {
    locale: getLocale(request),
    partnership: { slug: partnership.slug, name: partnership.name, description: partnership.description },
    entry,
    phase,
    outputs: outputs.map((o) => ({ ...o, path: new URL(o.url).pathname })),
    projects: (pkg?.projects ?? []).map((p) => ({ id: p.json.id, title: p.json.title })),
    description: partnership.description || partnership.name,
    canonical: `${origin}/partnerstwa/${partnership.slug}`,
  };
}

export default function PublicPartnership() {
  const d = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="page">
      <PublicBreadcrumb partnership={d.partnership} />
      <h1>{d.partnership.name}</h1>
      {d.partnership.description ? <p className="lead">{d.partnership.description}</p> : null}
      <dl className="facts">
        <div>
          <dt>{t("partnerships.voivodeship")}</dt>
          <dd>
            {d.entry.voivodeship.name} ({d.entry.voivodeship.teryt})
          </dd>
        </div>
        <div>
          <dt>{t("partnerships.integrationType")}</dt>
          <dd data-testid="integration-type">{t(`integration.${d.entry.integrationType ?? "unknown"}`)}</dd>
        </div>
        <div>
          <dt>{t("publication:partnership.currentPhase")}</dt>
          <dd>{d.phase ? t(`selection:phases.${d.phase}`) : t("publication:partnership.phaseUnknown")}</dd>
        </div>
      </dl>
      <section aria-labelledby="outputs-title">
        <h2 id="outputs-title">{t("publication:partnership.outputs")}</h2>
        {d.outputs.length === 0 ? (
          <p className="empty-state">{t("publication:partnership.noOutputs")}</p>
        ) : (
          <ul className="card-list">
            {d.outputs.map((o) => (
              <li key={o.url} className="card">
                <h3>
                  <Link to={o.path} reloadDocument>
                    {o.title}
                  </Link>
                </h3>
                <p>{t("publication:partnership.version", { number: o.version, date: formatDay(o.publishedAt, d.locale) })}</p>
              </li>
            ))}
          </ul>
        )}
        {d.projects.length > 0 ? (
          <>
            <h3>{t("publication:manage.kind.project_package")}</h3>
            <ul>
              {d.projects.map((p) => (
                <li key={p.id}>
                  <Link to={projectPath(d.partnership.slug, p.id)}>{p.title}</Link>
                </li>
              ))}
            </ul>
            <p>
              <a href={`/partnerstwa/${d.partnership.slug}/dane/projekty.json`}>{t("publication:partnership.projectsJson")}</a> ·{" "}
              <a href={`/partnerstwa/${d.partnership.slug}/dane/projekty.csv`}>{t("publication:partnership.projectsCsv")}</a> ·{" "}
              <a href={`/api/public/partnerships/${d.partnership.slug}`}>{t("publication:partnership.openData")}</a>
            </p>
          </>
        ) : null}
      </section>
      <section aria-labelledby="members-title">
        <h2 id="members-title">{t("publication:partnership.members")}</h2>
        <MembersTable name={d.partnership.name} members={d.entry.members} />
      </section>
    </div>
  );
}
