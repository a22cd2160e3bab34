import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listPartnerships } from "~/lib/partnerships.server";

export const meta: MetaFunction = () => [{ title: "Partnerstwa — Wspólnie" }];

export async function loader({ context }: LoaderFunctionArgs) {
  return { partnerships: await listPartnerships(context.database.db) };
}

export default function Partnerships() {
  const { partnerships } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t("partnerships.title")}</h1>
      <p className="lead">{t("partnerships.lead")}</p>
      {partnerships.length === 0 ? (
        <p className="empty-state">{t("partnerships.empty")}</p>
      ) : (
        <>
          <p>{t("partnerships.count", { count: partnerships.length })}</p>
          <ul className="card-list">
            {partnerships.map((p) => (
              <li key={p.id} className="card">
                <h2 id={`p-${p.slug}`}>{p.name}</h2>
                <dl className="facts">
                  <div>
                    <dt>{t("partnerships.voivodeship")}</dt>
                    <dd>
                      {p.voivodeship.name} ({p.voivodeship.teryt})
                    </dd>
                  </div>
                  <div>
                    <dt>{t("partnerships.integrationType")}</dt>
                    <dd data-testid="integration-type">
                      {t(`integration.${p.integrationType ?? "unknown"}`)}
                    </dd>
                  </div>
                </dl>
                <details>
                  <summary>{t("partnerships.members", { count: p.members.length })}</summary>
                  <table>
                    <caption className="visually-hidden">
                      {t("partnerships.membersCaption", { name: p.name })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("partnerships.unit")}</th>
                        <th scope="col">{t("partnerships.kind")}</th>
                        <th scope="col">{t("partnerships.teryt")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {p.members.map((m) => (
                        <tr key={m.teryt}>
                          <td>{m.name}</td>
                          <td>{t(`unitKind.${m.kind}`)}</td>
                          <td>
                            <code>{m.teryt}</code>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
