import { useTranslation } from "react-i18next";

/** The member JSTs of a partnership with their kinds and TERYT codes (catalogue and partnership page). */
export function MembersTable({ name, members }: { name: string; members: { teryt: string; name: string; kind: string }[] }) {
  const { t } = useTranslation();
  return (
    <table>
      <caption className="visually-hidden">{t("partnerships.membersCaption", { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("partnerships.unit")}</th>
          <th scope="col">{t("partnerships.kind")}</th>
          <th scope="col">{t("partnerships.teryt")}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
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
  );
}
