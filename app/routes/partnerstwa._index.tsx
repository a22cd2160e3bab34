import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { catalogue } from "~/lib/publication/public.server";
import { publicMeta } from "~/lib/publication/meta";
import { getServerT } from "~/lib/request.server";
import { MembersTable } from "~/components/publication/MembersTable";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  publicMeta({ title: "Partnerstwa", description: data?.description ?? "", canonical: data?.canonical ?? "" });

/** The public catalogue: partnerships by voivodeship, with a search over names, members and TERYT codes. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").slice(0, 100);
  const voivodeship = /^\d{2}$/.test(url.searchParams.get("wojewodztwo") ?? "") ? url.searchParams.get("wojewodztwo")! : "";
  const { entries, voivodeships } = await catalogue(context.database.db, { q, voivodeship });
  const t = getServerT(request);
  return {
    partnerships: entries,
    voivodeships,
    q,
    voivodeship,
    description: t("publication:catalogue.description"),
    canonical: `${url.origin}/partnerstwa`,
  };
}

export default function Partnerships() {
  const { partnerships, voivodeships, q, voivodeship } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const groups = voivodeships
    .map((v) => ({ ...v, partnerships: partnerships.filter((p) => p.voivodeship.teryt === v.teryt) }))
    .filter((g) => g.partnerships.length > 0);
  const filtered = q !== "" || voivodeship !== "";
  return (
    <div className="page">
      <h1>{t("partnerships.title")}</h1>
      <p className="lead">{t("partnerships.lead")}</p>
      <Form method="get" role="search" className="catalogue-search">
        <div className="field">
          <label htmlFor="catalogue-q">{t("publication:catalogue.search")}</label>
          <input id="catalogue-q" type="search" name="q" defaultValue={q} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="catalogue-v">{t("publication:catalogue.voivodeship")}</label>
          <select id="catalogue-v" name="wojewodztwo" defaultValue={voivodeship}>
            <option value="">{t("publication:catalogue.allVoivodeships")}</option>
            {voivodeships.map((v) => (
              <option key={v.teryt} value={v.teryt}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("publication:catalogue.searchButton")}</button>
      </Form>
      {partnerships.length === 0 ? (
        <p className="empty-state" role="status">
          {filtered ? t("publication:catalogue.none") : t("partnerships.empty")}
        </p>
      ) : (
        <>
          <p role="status">{filtered ? t("publication:catalogue.results", { count: partnerships.length }) : t("partnerships.count", { count: partnerships.length })}</p>
          {groups.map((group) => (
            <section key={group.teryt} aria-labelledby={`v-${group.teryt}`}>
              <h2 id={`v-${group.teryt}`}>
                {t("publication:catalogue.voivodeship")} {group.name}
              </h2>
              <ul className="card-list">
                {group.partnerships.map((p) => (
                  <li key={p.id} className="card">
                    <h3 id={`p-${p.slug}`}>
                      <Link to={`/partnerstwa/${p.slug}`}>{p.name}</Link>
                    </h3>
                    <dl className="facts">
                      <div>
                        <dt>{t("partnerships.voivodeship")}</dt>
                        <dd>
                          {p.voivodeship.name} ({p.voivodeship.teryt})
                        </dd>
                      </div>
                      <div>
                        <dt>{t("partnerships.integrationType")}</dt>
                        <dd data-testid="integration-type">{t(`integration.${p.integrationType ?? "unknown"}`)}</dd>
                      </div>
                      <div>
                        <dt>{t("publication:partnership.outputs")}</dt>
                        <dd>{t("publication:catalogue.outputs", { count: p.outputs })}</dd>
                      </div>
                    </dl>
                    <details>
                      <summary>{t("partnerships.members", { count: p.members.length })}</summary>
                      <MembersTable name={p.name} members={p.members} />
                    </details>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
