import { useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { loader as rootLoader } from "~/root";
import type { AuditRow } from "~/lib/audit-details";
import { describeAuditDetails } from "~/lib/audit-details";
import { formatDateTime } from "~/lib/format";
import { DataTable, type Column } from "./data-table";

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
  const columns: Column<AuditTableRow>[] = [
    { header: t("audit.at"), cell: (r) => formatDateTime(r.at, locale) },
    { header: t("audit.event"), cell: (r) => t(`audit.events.${r.event}`, { defaultValue: r.event }) },
    { header: t("audit.actor"), cell: (r) => r.actorEmail ?? "—" },
    { header: t("audit.subject"), cell: (r) => r.subjectEmail ?? "—" },
    ...(showPartnership ? [{ header: t("audit.partnership"), cell: (r: AuditTableRow) => r.partnershipName ?? "—" }] : []),
    { header: t("audit.ip"), cell: (r) => r.ip || "—" },
    {
      header: t("audit.details"),
      cell: (r) => {
        const lines = describeAuditDetails(r.details, t);
        return lines.length ? (
          <ul className="plain-list">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null;
      },
    },
  ];
  return <DataTable caption={t("audit.caption")} columns={columns} rows={rows} rowKey={(r) => r.id} empty={t("audit.empty")} />;
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
