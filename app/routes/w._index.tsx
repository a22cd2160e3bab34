import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/lib/guard.server";
import { can } from "~/lib/policy";
import { listMyPartnerships } from "~/lib/workspace.server";

export const meta: MetaFunction = () => [{ title: "Moje partnerstwa — Wspólnie" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, actor } = requireUser({ request, context });
  // A marshal office belongs to no partnership: its landing page is its voivodeship's selection work and partnerships.
  if (actor.globalRole === "marshal_assessor") throw redirect("/nabor");
  const admin = can(actor, "platform.list_partnerships", { type: "platform" });
  const list = await listMyPartnerships(context.database.db, user.id, admin);
  return {
    admin,
    partnerships: list.map((p) => ({ slug: p.slug, name: p.name, description: p.description, roles: p.roles })),
  };
}

export default function MyPartnerships() {
  const { admin, partnerships } = useLoaderData<typeof loader>();
  const { t } = useTranslation("auth");
  return (
    <div className="page">
      <h1>{t("workspace.title")}</h1>
      <p className="lead">{admin ? t("workspace.leadAdmin") : t("workspace.lead")}</p>
      {admin ? (
        <p className="actions">
          <Link to="/admin/dziennik">{t("workspace.adminAudit")}</Link>
          <Link to="/nabor">{t("selection:home.title")}</Link>
        </p>
      ) : null}
      {partnerships.length === 0 ? (
        <>
          <p className="empty-state">{t("workspace.empty")}</p>
          <p>
            <Link to="/nabor">{t("selection:home.title")}</Link>
          </p>
        </>
      ) : (
        <ul className="card-list">
          {partnerships.map((p) => (
            <li key={p.slug} className="card">
              <h2>
                <Link to={`/w/${p.slug}`}>{p.name}</Link>
              </h2>
              {p.description ? <p>{p.description}</p> : null}
              {p.roles.length > 0 ? (
                <p>
                  {t("workspace.yourRoles")}: {p.roles.map((r) => t(`roles.${r}`)).join(", ")}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
