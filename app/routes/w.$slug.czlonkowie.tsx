import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InviteForm } from "~/components/members/InviteForm";
import { MemberTable } from "~/components/members/MemberTable";
import { PendingInvitations } from "~/components/members/PendingInvitations";
import { WorkingGroups } from "~/components/members/WorkingGroups";
import { guard } from "~/lib/guard.server";
import { loadMembersPage, membersAction } from "~/lib/members/members.server";
import { loadPartnership } from "~/lib/partnerships.server";
import { can } from "~/lib/policy";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.partnership.name ?? ""} — członkowie — Wspólnie` },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { partnership, auth, resource } = await guard({ request, context }, "partnership.view_workspace", (db) => loadPartnership(db, params.slug));
  const mayManage = can(auth.actor, "members.manage", resource);
  return {
    partnership: { slug: partnership.slug, name: partnership.name },
    ...(await loadMembersPage(context.database.db, partnership.id, mayManage)),
    mayManage,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { partnership, auth } = await guard({ request, context }, "members.manage", (db) => loadPartnership(db, params.slug));
  const outcome = await membersAction({ request, context }, partnership, auth, await request.formData());
  return data(outcome.body, { status: outcome.status });
}

export type MembersLoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function Members() {
  const { partnership, members, units, groups, pending, mayManage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("auth");
  const notice = actionData && actionData.kind !== "invite" ? actionData : null;
  return (
    <div className="page">
      <nav aria-label={t("members.breadcrumb")} className="breadcrumb">
        <Link to={`/w/${partnership.slug}`}>← {partnership.name}</Link>
      </nav>
      <h1>{t("members.title", { name: partnership.name })}</h1>
      <p className="lead">{t("members.lead")}</p>
      {mayManage ? (
        <p className="actions">
          <a href="#invite-title">{t("members.jumpToInvite")}</a>
          <a href="#pending-title">{t("members.jumpToPending")}</a>
        </p>
      ) : (
        <p>{t("members.readOnly")}</p>
      )}
      {notice && !("link" in notice && notice.link) ? (
        <p className={notice.kind === "ok" ? "notice" : "form-error"} role={notice.kind === "ok" ? "status" : "alert"}>
          {notice.message}
        </p>
      ) : null}
      {mayManage ? <InviteForm units={units} groups={groups} /> : null}
      {mayManage ? <PendingInvitations pending={pending} /> : null}
      <MemberTable members={members} units={units} groups={groups} mayManage={mayManage} />
      {mayManage ? <WorkingGroups groups={groups} /> : null}
    </div>
  );
}
