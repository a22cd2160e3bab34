import { redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumb } from "~/components/breadcrumb";
import projectStyles from "~/components/projects/projects.css?url";
import { EDIT_RIGHT_GROUPS, GRANTABLE_ROLES, normaliseEditingRights } from "~/lib/editing-rights";
import { loadRightsSetting } from "~/lib/projects/access.server";
import { guard } from "~/lib/guard.server";
import { setEditingRights } from "~/lib/projects/rights.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: projectStyles }];
export const meta: MetaFunction = () => [{ title: "Kto może edytować — Wspólnie" }];

export async function loader(args: LoaderFunctionArgs) {
  const { partnership, rights } = await guard(args, "editing_rights.manage", (db) => loadRightsSetting(db, args.params.slug));
  return { partnership: { slug: partnership.slug, name: partnership.name }, rights };
}

/** Saves the setting; open editors pick it up at the collaboration server's next re-check (seconds). */
export async function action(args: ActionFunctionArgs) {
  const { partnership, auth } = await guard(args, "editing_rights.manage", (db) => loadRightsSetting(db, args.params.slug));
  const form = await args.request.formData();
  // Only known groups and roles survive normalisation; a missing group means "nobody besides the coordinator".
  const next = normaliseEditingRights(Object.fromEntries(EDIT_RIGHT_GROUPS.map((group) => [group, form.getAll(group).map(String)])));
  const changes = await setEditingRights(args.context.database.db, partnership.id, next, { userId: auth.user.id, ip: args.context.ip });
  return redirect(`/w/${partnership.slug}/uprawnienia?${changes.length ? "zapisano" : "bez-zmian"}=1`);
}

export default function EditingRightsPage() {
  const { partnership, rights } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const { t } = useTranslation("projects");
  const notice = search.get("zapisano") ? t("rights.saved") : search.get("bez-zmian") ? t("rights.unchanged") : null;
  return (
    <div className="page">
      <Breadcrumb partnership={partnership} />
      <h1>{t("rights.title")}</h1>
      <p className="lead">{t("rights.lead")}</p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <Form method="post" className="form">
        <table>
          <caption>{t("rights.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("rights.group")}</th>
              {GRANTABLE_ROLES.map((role) => (
                <th key={role} scope="col">
                  {t(`rights.roles.${role}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {EDIT_RIGHT_GROUPS.map((group) => (
              <tr key={group}>
                <th scope="row" id={`group-${group}`}>
                  {t(`rights.groups.${group}`)}
                </th>
                {GRANTABLE_ROLES.map((role) => (
                  <td key={role}>
                    <input
                      type="checkbox"
                      id={`${group}-${role}`}
                      name={group}
                      value={role}
                      defaultChecked={rights[group].includes(role)}
                      aria-label={`${t(`rights.groups.${group}`)}: ${t(`rights.roles.${role}`)}`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="actions">
          <button type="submit" className="button">
            {t("rights.save")}
          </button>
        </p>
      </Form>
    </div>
  );
}
