import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { MembersLoaderData } from "~/routes/w.$slug.czlonkowie";

export function WorkingGroups({ groups }: { groups: MembersLoaderData["groups"] }) {
  const { t } = useTranslation("auth");
  return (
    <section aria-labelledby="groups">
      <h2 id="groups">{t("members.groupsTitle")}</h2>
      {groups.length === 0 ? <p className="empty-state">{t("members.groupsEmpty")}</p> : null}
      <ul>
        {groups.map((g) => (
          <li key={g.id}>
            <Form method="post" className="actions">
              <input type="hidden" name="intent" value="rename_group" />
              <input type="hidden" name="groupId" value={g.id} />
              <label htmlFor={`rename-${g.id}`} className="visually-hidden">
                {t("members.renameLabel", { name: g.name })}
              </label>
              <input id={`rename-${g.id}`} name="name" defaultValue={g.name} required maxLength={120} />
              <button type="submit" className="button button--secondary">
                {t("members.rename")}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post" className="form">
        <input type="hidden" name="intent" value="create_group" />
        <div className="field">
          <label htmlFor="new-group">{t("members.groupName")}</label>
          <input id="new-group" name="name" required maxLength={120} />
        </div>
        <p className="actions">
          <button type="submit" className="button button--secondary">
            {t("members.createGroup")}
          </button>
        </p>
      </Form>
    </section>
  );
}
