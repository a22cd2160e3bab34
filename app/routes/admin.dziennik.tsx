import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTable, toTableRows } from "~/components/audit-table";
import { listAudit } from "~/lib/audit.server";
import { guard, loadPlatform } from "~/lib/guard.server";

export const meta: MetaFunction = () => [{ title: "Dziennik zdarzeń platformy — Wspólnie" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await guard({ request, context }, "audit.view", loadPlatform);
  return { rows: toTableRows(await listAudit(context.database.db, { limit: 500 })) };
}

export default function PlatformAudit() {
  const { rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation("auth");
  return (
    <div className="page">
      <h1>{t("audit.adminTitle")}</h1>
      <p className="lead">{t("audit.lead")}</p>
      <AuditTable rows={rows} showPartnership />
    </div>
  );
}
