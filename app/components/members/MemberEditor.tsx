import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PARTNERSHIP_ROLES } from "~/lib/policy";
import type { MembersLoaderData } from "~/routes/w.$slug.czlonkowie";

/** One member's role, represented unit, chair, working groups and removal (after a confirmation). */
export function MemberEditor({
  member: m,
  units,
  groups,
  unitLabels,
}: {
  member: MembersLoaderData["members"][number];
  units: MembersLoaderData["units"];
  groups: MembersLoaderData["groups"];
  unitLabels: Map<string, string>;
}) {
  const { t } = useTranslation("auth");
  const id = m.membershipId;
  return (
    <div className="member-editor__body">
      {m.lastCoordinator ? <p className="warning">{t("members.lastCoordinatorNote")}</p> : null}
      <Form method="post" className="form">
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="membershipId" value={id} />
        <div className="field">
          <label htmlFor={`role-${id}`}>{t("members.role")}</label>
          <select id={`role-${id}`} name="role" defaultValue={m.role}>
            {PARTNERSHIP_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`unit-${id}`}>{t("members.represents")}</label>
          <select id={`unit-${id}`} name="representedTeryt" defaultValue={m.representedTeryt ?? ""}>
            <option value="">{t("members.chooseUnit")}</option>
            {units.map((u) => (
              <option key={u.teryt} value={u.teryt}>
                {unitLabels.get(u.teryt) ?? u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <input type="checkbox" id={`chair-${id}`} name="isChair" defaultChecked={m.isChair} />{" "}
          <label htmlFor={`chair-${id}`}>{t("members.chair")}</label>
        </div>
        <p className="actions">
          <button type="submit" className="button" aria-label={t("members.saveFor", { name: m.name })}>
            {t("members.save")}
          </button>
        </p>
      </Form>
      {m.role === "working_group_member" && groups.length > 0 ? (
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="set_groups" />
          <input type="hidden" name="userId" value={m.userId} />
          <fieldset>
            <legend>{t("members.groupsFor", { name: m.name })}</legend>
            {groups.map((g) => (
              <div key={g.id}>
                <input type="checkbox" id={`g-${id}-${g.id}`} name="groupIds" value={g.id} defaultChecked={m.workingGroupIds.includes(g.id)} />{" "}
                <label htmlFor={`g-${id}-${g.id}`}>{g.name}</label>
              </div>
            ))}
          </fieldset>
          <p className="actions">
            <button type="submit" className="button button--secondary">
              {t("members.saveGroups")}
            </button>
          </p>
        </Form>
      ) : null}
      {m.lastCoordinator ? null : (
        <details>
          <summary>{t("members.remove")}</summary>
          <Form method="post">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="membershipId" value={id} />
            <p className="warning">{t("members.removeConfirm", { name: m.name, role: t(`roles.${m.role}`) })}</p>
            <button type="submit" className="button button--danger" aria-label={`${t("members.removeSubmit")}: ${m.name}`}>
              {t("members.removeSubmit")}
            </button>
          </Form>
        </details>
      )}
    </div>
  );
}
