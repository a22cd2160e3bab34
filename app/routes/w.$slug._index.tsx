import { data as json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { PhaseTimeline } from "~/components/selection/PhaseTimeline";
import { phaseDatesAction } from "~/lib/selection/phase-actions.server";
import { currentPhase, listPhases } from "~/lib/selection/phases.server";
import { useTranslation } from "react-i18next";
import type { loader as rootLoader } from "~/root";
import { formatDateTime } from "~/lib/format";
import { guard } from "~/lib/guard.server";
import { loadPartnership } from "~/lib/partnerships.server";
import { can, rolesIn } from "~/lib/policy";
import { listDocuments, listMembers } from "~/lib/workspace.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.partnership.name ?? ""} — Wspólnie` }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership, auth, resource } = await guard({ request, context }, "partnership.view_workspace", (db) =>
    loadPartnership(db, params.slug),
  );
  const roles = rolesIn(auth.actor, partnership.id);
  const db = context.database.db;
  const [documents, members, phases, current] = await Promise.all([
    listDocuments(db, partnership.id),
    listMembers(db, partnership.id),
    listPhases(db, partnership.id),
    currentPhase(db, partnership.id),
  ]);
  const roleCounts: Record<string, number> = {};
  const people = new Set<string>();
  for (const m of members) {
    roleCounts[m.role] = (roleCounts[m.role] ?? 0) + 1;
    people.add(m.userId);
  }
  return {
    partnership: { slug: partnership.slug, name: partnership.name, description: partnership.description },
    roles,
    documents,
    people: people.size,
    roleCounts,
    mayManage: can(auth.actor, "members.manage", resource),
    mayAudit: can(auth.actor, "audit.view", resource),
    phases,
    currentPhase: current?.key ?? null,
    mayEditPhases: can(auth.actor, "phases.manage", resource),
    mayPublish: can(auth.actor, "publication.publish", resource),
  };
}

export async function action(args: ActionFunctionArgs) {
  return json(await phaseDatesAction(args, args.params.slug));
}

export default function PartnershipDashboard() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const locale = root?.locale ?? "pl";
  const { t } = useTranslation("auth");
  const { t: ts } = useTranslation("sessions");
  const { partnership } = data;
  return (
    <div className="page">
      <h1>{partnership.name}</h1>
      {partnership.description ? <p className="lead">{partnership.description}</p> : null}
      {data.roles.length > 0 ? (
        <p>
          {t("workspace.yourRoles")}: {data.roles.map((r) => t(`roles.${r}`)).join(", ")}
        </p>
      ) : null}
      <PhaseTimeline phases={data.phases} current={data.currentPhase} mayEdit={data.mayEditPhases} message={actionData} />
      <section aria-labelledby="documents">
        <h2 id="documents">{t("workspace.documentsTitle")}</h2>
        <DataTable
          caption={t("workspace.documentsCaption")}
          rows={data.documents}
          rowKey={(d) => d.id}
          empty={t("workspace.documentsEmpty")}
          columns={[
            { header: t("workspace.docTitle"), cell: (d) => <Link to={`/w/${partnership.slug}/dokumenty/${d.id}`}>{d.title}</Link> },
            { header: t("workspace.docKind"), cell: (d) => t(`docKind.${d.kind}`, { defaultValue: d.kind }) },
            { header: t("workspace.docUpdated"), cell: (d) => formatDateTime(d.updatedAt, locale) },
          ]}
        />
      </section>
      <section aria-labelledby="package">
        <h2 id="package">{t("projects:package.title")}</h2>
        <p>{t("projects:package.lead")}</p>
        <p className="actions">
          <Link to={`/w/${partnership.slug}/projekty`}>{t("projects:package.title")}</Link>
        </p>
      </section>
      <section aria-labelledby="sessions">
        <h2 id="sessions">{ts("list.title")}</h2>
        <p>{ts("list.lead")}</p>
        <p className="actions">
          <Link to={`/w/${partnership.slug}/posiedzenia`}>{ts("list.title")}</Link>
          <Link to="/kalendarz">{ts("nav.calendar")}</Link>
        </p>
      </section>
      <section aria-labelledby="polls">
        <h2 id="polls">{t("voting:list.title")}</h2>
        <p>{t("voting:list.lead")}</p>
        <p className="actions">
          <Link to={`/w/${partnership.slug}/glosowania`}>{t("voting:list.title")}</Link>
        </p>
      </section>
      <section aria-labelledby="members">
        <h2 id="members">{t("workspace.membersTitle")}</h2>
        <p>{t("workspace.membersCount", { count: data.people })}</p>
        <ul>
          {Object.entries(data.roleCounts).map(([role, n]) => (
            <li key={role}>
              {t(`roles.${role}`)}: {n}
            </li>
          ))}
        </ul>
        <p className="actions">
          <Link to={`/w/${partnership.slug}/czlonkowie`}>
            {data.mayManage ? t("workspace.manageMembers") : t("workspace.viewMembers")}
          </Link>
          {data.mayAudit ? <Link to={`/w/${partnership.slug}/dziennik`}>{t("workspace.auditLink")}</Link> : null}
          {data.mayPublish ? <Link to={`/w/${partnership.slug}/publikacje`}>{t("publication:manage.title")}</Link> : null}
          <Link to={`/partnerstwa/${partnership.slug}`}>{t("publication:catalogue.page")}</Link>
        </p>
      </section>
    </div>
  );
}
