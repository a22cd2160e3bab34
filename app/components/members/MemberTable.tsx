import { useTranslation } from "react-i18next";
import { DataTable, type Column } from "~/components/data-table";
import type { MembersLoaderData } from "~/routes/w.$slug.czlonkowie";
import { useUnitLabels } from "./labels";
import { MemberEditor } from "./MemberEditor";

type Member = MembersLoaderData["members"][number];

/** Everyone in the partnership; the coordinator opens a member's role editor behind a disclosure. */
export function MemberTable({
  members,
  units,
  groups,
  mayManage,
}: {
  members: MembersLoaderData["members"];
  units: MembersLoaderData["units"];
  groups: MembersLoaderData["groups"];
  mayManage: boolean;
}) {
  const { t } = useTranslation("auth");
  const labels = useUnitLabels(units);
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const describe = (m: Member) =>
    [
      t(`roles.${m.role}`),
      m.representedTeryt ? (labels.get(m.representedTeryt) ?? m.representedTeryt) : null,
      m.isChair ? t("roles.chair") : null,
    ]
      .filter(Boolean)
      .join(", ");
  const columns: Column<Member>[] = [
    {
      header: t("members.person"),
      cell: (m) => (
        <>
          {m.name}
          {m.email ? (
            <>
              <br />
              <small>{m.email}</small>
            </>
          ) : null}
        </>
      ),
    },
    { header: t("members.role"), cell: describe },
    { header: t("members.groups"), cell: (m) => m.workingGroupIds.map((id) => groupName.get(id)).join(", ") || t("members.none") },
  ];
  if (mayManage) {
    columns.push({
      header: t("members.actions"),
      cell: (m) => (
        <details className="member-editor">
          <summary aria-label={t("members.editFor", { name: m.name })}>{t("members.edit")}</summary>
          <MemberEditor member={m} units={units} groups={groups} unitLabels={labels} />
        </details>
      ),
    });
  }
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t("members.caption")}</h2>
      <DataTable caption={t("members.caption")} columns={columns} rows={members} rowKey={(m) => m.membershipId} />
    </section>
  );
}
