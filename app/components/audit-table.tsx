import { useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { loader as rootLoader } from "~/root";
import type { AuditRow } from "~/lib/audit.server";
import { formatDateTime } from "~/lib/format";

export interface AuditTableRow {
  id: number;
  at: string;
  event: string;
  actorEmail: string | null;
  partnershipName: string | null;
  subjectEmail: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export function AuditTable({ rows, showPartnership }: { rows: AuditTableRow[]; showPartnership: boolean }) {
  const { t } = useTranslation("auth");
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const locale = root?.locale ?? "pl";
  if (rows.length === 0) return <p className="empty-state">{t("audit.empty")}</p>;
  return (
    <table>
      <caption className="visually-hidden">{t("audit.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("audit.at")}</th>
          <th scope="col">{t("audit.event")}</th>
          <th scope="col">{t("audit.actor")}</th>
          <th scope="col">{t("audit.subject")}</th>
          {showPartnership ? <th scope="col">{t("audit.partnership")}</th> : null}
          <th scope="col">{t("audit.ip")}</th>
          <th scope="col">{t("audit.details")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{formatDateTime(r.at, locale)}</td>
            <td>{t(`audit.events.${r.event}`, { defaultValue: r.event })}</td>
            <td>{r.actorEmail ?? "—"}</td>
            <td>{r.subjectEmail ?? "—"}</td>
            {showPartnership ? <td>{r.partnershipName ?? "—"}</td> : null}
            <td>{r.ip || "—"}</td>
            <td>
              <code>{Object.keys(r.details).length ? JSON.stringify(r.details) : ""}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function toTableRows(rows: AuditRow[]): AuditTableRow[] {
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    event: r.event,
    actorEmail: r.actorEmail,
    partnershipName: r.partnershipName,
    subjectEmail: r.subjectEmail,
    ip: r.ip,
    details: r.details,
  }));
}
